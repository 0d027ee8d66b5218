<?php

/**
 * The IdP's people: a username/password form (exampleauth:UserPass) with the attributes a company
 * directory would hold, under their LDAP names; metadata/saml20-idp-hosted.php sends them as urn:oid names.
 */
$config = [
    'admin' => [
        'core:AdminPassword',
    ],

    'company-directory' => [
        'exampleauth:UserPass',

        'hanna.hr:hr-secret-1' => [
            'uid' => ['hanna.hr'],
            'mail' => ['hanna.hoekstra@idp.example'],
            'displayName' => ['Hanna Hoekstra'],
            'ou' => ['People & Culture'],
            'employeeNumber' => ['SSP-1001'],
            'isMemberOf' => ['all-staff', 'referrals-hr'],
        ],
        'erik.employee:employee-secret-2' => [
            'uid' => ['erik.employee'],
            'mail' => ['erik.evers@idp.example'],
            'displayName' => ['Erik Evers'],
            'ou' => ['Logistics'],
            'employeeNumber' => ['SSP-1002'],
            'isMemberOf' => ['all-staff'],
        ],
    ],
];
