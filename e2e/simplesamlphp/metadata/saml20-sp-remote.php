<?php

/**
 * The portal under test, at the address e2e/src/support/simplesamlphp.ts passes in E2E_PORTAL_URL. The
 * endpoints are the ones the README gives for any IdP.
 */
$portalUrl = rtrim(e2e_setting('E2E_PORTAL_URL'), '/');

$metadata["$portalUrl/api/auth/saml/metadata"] = [
    'AssertionConsumerService' => [
        [
            'Binding' => 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
            'Location' => "$portalUrl/api/auth/saml/acs",
            'index' => 0,
        ],
    ],
    'NameIDFormat' => 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    'saml20.sign.assertion' => true,
];
