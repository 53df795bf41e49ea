// SPDX-License-Identifier: GPL-3.0-or-later
// roster_10k's SDK baseline: sign in, then every user with presence and routing status.
//   node roster.js base=http://127.0.0.1:PORT pageSize=500
'use strict';

const { connect, loadRoster, options, failed } = require('./connect');

async function main() {
    const o = options({ clientId: 'statusdesk-demo', clientSecret: 'statusdesk-demo-secret', pageSize: '500' });
    const sdk = await connect(o.base, o.clientId, o.clientSecret);
    const users = await loadRoster(sdk, Number(o.pageSize));
    const withPresence = users.filter((u) => u.presence && u.presence.presenceDefinition).length;
    process.stdout.write(JSON.stringify({ users: users.length, withPresence }) + '\n');
}

main().catch(failed);
