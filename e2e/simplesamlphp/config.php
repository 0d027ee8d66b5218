<?php

/**
 * SimpleSAMLphp 1.19 (Debian's `simplesamlphp`) as a third-party IdP for the e2e suite. Nothing here is
 * secret or machine-specific: e2e/src/support/simplesamlphp.ts starts `php -S` with SIMPLESAMLPHP_CONFIG_DIR
 * pointing at this folder and passes, through the environment, the IdP's address, a per-run salt, and a
 * throw-away work directory holding the freshly generated signing key, sessions and temp files.
 */

if (!function_exists('e2e_setting')) {
    function e2e_setting(string $name): string
    {
        $value = getenv($name);
        if ($value === false || $value === '') {
            throw new \Exception("$name is not set: start this IdP through e2e/src/support/simplesamlphp.ts");
        }
        return $value;
    }
}

$workDir = rtrim(e2e_setting('E2E_SSP_WORK_DIR'), '/');

$config = [
    'baseurlpath' => e2e_setting('E2E_SSP_BASE_URL'),
    'certdir' => "$workDir/cert/",
    'loggingdir' => "$workDir/log/",
    'datadir' => "$workDir/data/",
    'tempdir' => "$workDir/tmp",
    'metadatadir' => __DIR__ . '/metadata/',

    'technicalcontact_name' => 'Referral portal e2e',
    'technicalcontact_email' => 'e2e@referrals.example',
    'secretsalt' => e2e_setting('E2E_SSP_SECRET_SALT'),
    // The admin pages are not used; a password nobody knows keeps them shut.
    'auth.adminpassword' => bin2hex(random_bytes(16)),
    'admin.protectindexpage' => true,
    'admin.protectmetadata' => false,
    'timezone' => 'UTC',

    // Into the server's output, which the test keeps under e2e/artifacts/.
    'logging.level' => SimpleSAML\Logger::NOTICE,
    'logging.handler' => 'stderr',
    'debug' => ['saml' => false, 'backtraces' => true, 'validatexml' => false],
    'showerrors' => true,
    'errorreporting' => false,

    'enable.saml20-idp' => true,
    'enable.shib13-idp' => false,
    'module.enable' => [
        'exampleauth' => true,
        'core' => true,
        'saml' => true,
    ],

    'session.duration' => 8 * 60 * 60,
    'session.cookie.secure' => false,
    'session.phpsession.cookiename' => 'SimpleSAML',
    'session.phpsession.savepath' => "$workDir/sessions",
    'session.phpsession.httponly' => true,
    'store.type' => 'phpsession',

    'language.default' => 'en',
    'language.available' => ['en'],
    'theme.use' => 'default',
];
