-- wrk script: POST the API.md eligibility example again and again.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{"asOf": "2026-11-25",
 "customer": {"mobileServices": [{"service": "TYPE_D", "itemCategory": "I"}, {"service": "TYPE_K", "plan": "FLAT_L"},
                                 {"service": "TYPE_I", "networkType": "III"}],
              "largeScalePrivateGateway": false, "contracts": [{"type": "GROUP", "accounts": 100}]},
 "order": {"contracts": [{"type": "CLIENT", "terminals": [{"ip": "192.0.2.10"}, {"ip": "2001:db8::10"}]},
                         {"type": "PROXY", "targets": [{"host": "radius.example.co.jp", "port": 1812}]},
                         {"type": "VPDN", "items": ["TYPE_D", "TYPE_K"], "terminators": 2, "options": ["LOAD_BALANCING"]}]},
 "setup": {"realms": ["example.co.jp"], "clientTerminalsConfigured": true, "vpdnTerminatorsConfigured": true,
           "vpdnTerminalsConfigured": true, "proxyTargetsConfigured": true, "groupRegistrationInfoProvided": true}}
]]
