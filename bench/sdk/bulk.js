// SPDX-License-Identifier: GPL-3.0-or-later
// bulk_1000's SDK baseline: sign in, load the roster, find the target's system presence definition,
// then set every agent to it with `workers` concurrent workers, one PATCH each.
//   node bulk.js base=http://127.0.0.1:PORT target=Offline workers=8
'use strict';

const { connect, loadRoster, options, failed } = require('./connect');

async function main() {
    const o = options({
        clientId: 'statusdesk-demo',
        clientSecret: 'statusdesk-demo-secret',
        pageSize: '500',
        target: 'Offline',
        workers: '8',
    });
    const sdk = await connect(o.base, o.clientId, o.clientSecret);
    const users = await loadRoster(sdk, Number(o.pageSize));
    const presence = new sdk.PresenceApi();
    const definitions = await presence.getPresenceDefinitions0();
    const target = (definitions.entities || []).find(
        (d) => d.type === 'System' && String(d.systemPresence).toLowerCase() === o.target.toLowerCase());
    if (!target)
        throw new Error(`no system presence ${o.target}`);

    const ids = users.map((u) => u.id);
    let next = 0;
    let patched = 0;
    let refused = 0;
    let tooMany = 0;
    async function worker() {
        while (next < ids.length) {
            const id = ids[next++];
            try {
                await presence.patchUserPresencesPurecloud(id, { presenceDefinition: { id: target.id } });
                patched += 1;
            } catch (error) {
                refused += 1;
                if (error && error.status === 429)
                    tooMany += 1;
            }
        }
    }
    await Promise.all(Array.from({ length: Number(o.workers) }, worker));
    process.stdout.write(JSON.stringify({ agents: ids.length, patched, refused, tooMany }) + '\n');
    process.exit(refused === 0 ? 0 : 7);
}

main().catch(failed);
