// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of StatusDesk's benchmarks: an integration written the way Genesys' documentation shows it,
// with Genesys' own JavaScript SDK. The SDK normally talks to https://api.<region> and
// https://login.<region>; its gateway setting (configuration.js getConfUrl) sends both API and login
// requests to one host instead, here the simulator's http://127.0.0.1:PORT.
'use strict';

const platformClient = require('purecloud-platform-client-v2');

// Signs in with client credentials against BASE_URL/oauth/token and returns the SDK module.
async function connect(baseUrl, clientId, clientSecret) {
    const base = new URL(baseUrl);
    const client = platformClient.ApiClient.instance;
    client.setGateway({
        host: base.hostname,
        protocol: base.protocol.replace(/:$/, ''),
        port: Number(base.port),
    });
    await client.loginClientCredentialsGrant(clientId, clientSecret);
    return platformClient;
}

// Every active user with presence and routing status, `pageSize` a page, one page after another as
// the SDK's own examples do.
async function loadRoster(sdk, pageSize) {
    const users = new sdk.UsersApi();
    const all = [];
    let pageNumber = 1;
    let pageCount = 1;
    do {
        const listing = await users.getUsers({ pageSize, pageNumber, expand: ['presence', 'routingStatus'] });
        all.push(...(listing.entities || []));
        pageCount = listing.pageCount || 0;
        pageNumber += 1;
    } while (pageNumber <= pageCount);
    return all;
}

// Reads NAME=VALUE arguments.
function options(defaults) {
    const out = Object.assign({}, defaults);
    for (const arg of process.argv.slice(2)) {
        const at = arg.indexOf('=');
        if (at > 0)
            out[arg.slice(0, at)] = arg.slice(at + 1);
    }
    return out;
}

function failed(error) {
    const status = error && (error.status || (error.response && error.response.status));
    const text = error && (error.message || (error.body && error.body.message) || JSON.stringify(error));
    process.stderr.write(`sdk peer: ${status || ''} ${text}\n`);
    process.exit(1);
}

module.exports = { connect, loadRoster, options, failed };
