<?php

/**
 * The IdP itself. Its entity id is its metadata URL; the signing key pair is generated per run into the
 * work directory (config.php's certdir).
 */
$metadata['__DYNAMIC:1__'] = [
    'host' => '__DEFAULT__',
    'privatekey' => 'idp.key',
    'certificate' => 'idp.crt',
    'auth' => 'company-directory',

    // SAML2int style: attributes under their urn:oid names, as most directory-backed IdPs send them.
    'attributes.NameFormat' => 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
    'authproc' => [
        // The NameID the portal asks for (emailAddress) from the mail attribute, before it is renamed.
        10 => [
            'class' => 'saml:AttributeNameID',
            'attribute' => 'mail',
            'Format' => 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
        ],
        // The entries of SimpleSAMLphp's attributemap/name2oid.php for what the directory holds.
        100 => [
            'class' => 'core:AttributeMap',
            'uid' => 'urn:oid:0.9.2342.19200300.100.1.1',
            'mail' => 'urn:oid:0.9.2342.19200300.100.1.3',
            'displayName' => 'urn:oid:2.16.840.1.113730.3.1.241',
            'ou' => 'urn:oid:2.5.4.11',
            'employeeNumber' => 'urn:oid:2.16.840.1.113730.3.1.3',
            'isMemberOf' => 'urn:oid:1.3.6.1.4.1.5923.1.5.1.1',
        ],
    ],
];
