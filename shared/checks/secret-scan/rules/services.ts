// The long tail of SaaS APIs a shop wires in (currency rates, PDFs, screenshots, CRMs, helpdesks...) whose keys
// have no prefix of their own: the service's name in the variable, or just before the value, is what tells the key
// apart from any other hex string. One row per key, turned into a name-gated rule by `serviceRules` (namedKey).
//
// Row format: [id, title, names, value, where, extra?]
//   id     stable rule id, `service-kind` in kebab-case (part of the interface: never rename one)
//   title  what the finding calls the key
//   names  the service's name(s) as written in a variable or text, lowercase; the name must start a word
//          (`CLIENGO_KEY`, `myCliengoKey`), never the middle of one. A plain name (`cliengo`) runs only where the
//          keyword pass finds it; one with `_`, `-` or `.` matches any separator but scans the files holding it.
//          A common word (box, column, chatbot) only as a credential's own variable name (`box_client_secret`).
//   value  the key's exact format, a regex source without groups: a FORMAT helper (`hex(32)`, `lowerAlnum(40)`)
//          or a literal shape; exact length and charset, so that a longer or shorter string does not match
//   where  where the owner rotates it, for the remediation (`rotate(where)`)
//   extra  optional overrides of the rule (severity, minEntropy, body, validate)
// Left out for now: BulkSMS, Agora and Bitfinex, whose key is only usable with a paired ID or secret (a key by the
// name alone, with no partner near it, was as often a non-key in the samples we measured), and names that are words
// or tools (collect2 is GCC's linker). Adzuna and AeroWorkflow keys (also paired) count only when the name labels the
// value itself (`assignedOrLabelled`), not when it is mentioned in a line before it. A row takes the format the
// provider issues (a UUID, hex): a looser charset seen only in other scanners' generated samples (`[a-z0-9-]{36}` for
// a UUID) is not widened to.
// Adding a service is one line. Services with a format of their own (a prefix, a checksum) belong in the
// category files with `prefixedToken`, not here.
import type { SecretRule } from './types.ts';
import { assignedOrLabelled, namedKey } from './types.ts';

export type ServiceRow = readonly [
  id: string,
  title: string,
  names: string | readonly string[],
  value: string,
  where: string,
  extra?: Partial<SecretRule>,
];

/** Value shapes the rows share: exact length and charset (case included). */
export const FORMAT = {
  hex: (n: number) => `[a-f0-9]{${n}}`,
  lowerAlnum: (n: number) => `[a-z0-9]{${n}}`,
  upperAlnum: (n: number) => `[A-Z0-9]{${n}}`,
  alnum: (n: number) => `[A-Za-z0-9]{${n}}`,
  uuid: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
} as const;

const { hex, lowerAlnum, upperAlnum, alnum, uuid } = FORMAT;

/**
 * One name-gated rule per row. The pattern runs without case (names are written every way), so the value's
 * charset is checked again with case: a lowercase format does not take a mixed-case string.
 */
export function serviceRules(rows: readonly ServiceRow[]): SecretRule[] {
  return rows.map(([id, title, names, value, where, extra = {}]) => {
    const exact = new RegExp(`^(?:${value})$`);
    return namedKey(id, title, typeof names === 'string' ? [names] : names, value, where, {
      ...extra,
      validate: (found, context) => exact.test(found) && (extra.validate?.(found, context) ?? true),
    });
  });
}

// biome-ignore format: one row per service, so that adding one is one line
export const SERVICE_ROWS: readonly ServiceRow[] = [
  // Commerce, CRM, helpdesk and marketing tools
  ['airship-token', 'Airship (Urban Airship) bearer token', 'airship', alnum(91), 'Airship dashboard > Settings > Tokens: revoke the token'],
  ['anypoint-token', 'MuleSoft Anypoint token', 'anypoint', uuid, 'Anypoint Platform > Access Management > Connected apps: rotate the secret'],
  ['apacta-api-key', 'Apacta API key', 'apacta', uuid, 'Apacta > Settings > Integrations: regenerate the API key'],
  ['appcues-api-key', 'Appcues API key', 'appcues', uuid, 'Appcues Studio > Settings > Integrations > API keys: revoke the key'],
  ['appointedd-api-key', 'Appointedd API key', 'appointedd', '[A-Za-z0-9=+]{88}', 'Appointedd > Settings > API: revoke the key'],
  ['apptivo-api-key', 'Apptivo API key', 'apptivo', uuid, 'Apptivo > Business settings > API access: regenerate the key'],
  ['atera-api-key', 'Atera API key', 'atera', lowerAlnum(32), 'Atera > Admin > API: regenerate the key'],
  ['autoklose-api-key', 'Autoklose API key', 'autoklose', '[A-Za-z0-9-]{32}', 'Autoklose > Settings > API: regenerate the key'],
  ['autopilot-api-key', 'Autopilot (Ortto) API key', 'autopilot', hex(32), 'Autopilot > Settings > Autopilot API: regenerate the key'],
  ['avaza-personal-access-token', 'Avaza personal access token', 'avaza', `\\d{1,30}-${hex(40)}`, 'Avaza > Settings > Personal access tokens: revoke the token', { body: (v) => v.slice(v.indexOf('-') + 1) }],
  ['axonaut-api-key', 'Axonaut API key', 'axonaut', lowerAlnum(32), 'Axonaut > Settings > API: regenerate the key'],
  ['ayrshare-api-key', 'Ayrshare API key', 'ayrshare', '[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}', 'app.ayrshare.com > API key: regenerate the key'],
  ['baremetrics-api-key', 'Baremetrics API key', 'baremetrics', '(?:sk|lk)_[A-Za-z0-9]{18,25}', 'Baremetrics > Settings > API: revoke the key', { body: (v) => v.slice(3) }],
  ['beebole-api-token', 'Beebole API token', 'beebole', lowerAlnum(40), 'Beebole > Settings > API token: regenerate it'],
  ['besttime-api-key', 'BestTime private API key', 'besttime', `pri_${hex(32)}`, 'besttime.app > API keys: regenerate the private key', { body: (v) => v.slice(4) }],
  ['bombbomb-api-key', 'BombBomb API token', 'bombbomb', 'eyJ[A-Za-z0-9_-]{10,140}\\.eyJ[A-Za-z0-9_-]{10,420}\\.[A-Za-z0-9_-]{20,171}', 'BombBomb > Integrations > API: revoke the token'],
  // `box` alone is a word in every UI codebase: only a Box credential's own variable names count.
  ['box-api-token', 'Box developer token or client secret', ['box_developer_token', 'boxdevelopertoken', 'box_client_secret', 'boxclientsecret', 'box_access_token', 'boxaccesstoken'], alnum(32), 'Box Developer Console > your app > Configuration: revoke the developer token or reset the client secret'],
  ['budibase-api-key', 'Budibase API key', 'budibase', `${hex(32)}-[a-f0-9]{78,80}`, 'Budibase > your profile > View API key: regenerate it'],
  ['caflou-api-key', 'Caflou API key', 'caflou', 'eyJhbGciOiJIUzI1NiJ9[A-Za-z0-9._-]{135}', 'Caflou > Settings > API: regenerate the key', { body: (v) => v.slice(20) }],
  ['calendly-api-key', 'Calendly personal access token', 'calendly', 'eyJ[A-Za-z0-9_-]{10,300}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{20,100}', 'Calendly > Integrations > API & Webhooks: revoke the token'],
  ['capsule-crm-api-key', 'Capsule CRM API token', ['capsulecrm', 'capsule_crm', 'capsule-crm'], '[A-Za-z0-9._+=-]{64}', 'Capsule > My preferences > API authentication tokens: revoke the token'],
  ['cashboard-api-key', 'Cashboard API key', 'cashboard', '[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}', 'Cashboard > Account > API: regenerate the key', { minEntropy: 2.5 }],
  ['chatfuel-api-key', 'Chatfuel API token', 'chatfuel', alnum(128), 'Chatfuel > Settings > API: regenerate the token'],
  ['clinchpad-api-key', 'ClinchPad API key', 'clinchpad', lowerAlnum(32), 'ClinchPad > Settings > API: regenerate the key'],
  ['cliengo-api-key', 'Cliengo API key', 'cliengo', uuid, 'Cliengo > Settings > API: regenerate the key'],
  ['commercejs-api-key', 'Commerce.js (Chec) secret key', ['commercejs', 'commerce_js', 'commerce.js'], '[a-z0-9_]{48}', 'Chec dashboard > Developer > API keys: regenerate the key'],
  ['customerguru-api-key', 'Customer Guru API key', ['customerguru', 'guru_key', 'gurukey'], alnum(30), 'Customer Guru > Settings > API: regenerate the key'],
  ['demio-api-key', 'Demio API key', 'demio', alnum(32), 'Demio > Settings > API: regenerate the key and secret'],
  ['fibery-api-token', 'Fibery API token', 'fibery', '[0-9a-f]{8}\\.[0-9a-f]{35}', 'Fibery > Settings > API keys: delete the key'],
  ['getemails-api-key', 'GetEmails API key', 'getemails', '[a-z0-9-]{26}', 'GetEmails > Account > API: regenerate the key'],
  // Developer, data and document APIs
  ['aha-api-key', 'Aha! API key', ['aha_api', 'aha.io', 'aha_io', 'ahaapi', 'aha_key', 'aha_token'], hex(64), 'Aha! > Settings > Personal > Developer > API keys: revoke the key'],
  ['aiven-token', 'Aiven authentication token', 'aiven', '[A-Za-z0-9/+=]{372}', 'Aiven console > User profile > Tokens: revoke the token'],
  ['adzuna-api-key', 'Adzuna API application key', 'adzuna', lowerAlnum(32), 'developer.adzuna.com > Dashboard: regenerate the application key', { severity: 'medium', ...assignedOrLabelled('adzuna', lowerAlnum(32)) }],
  ['aeroworkflow-api-key', 'Aero Workflow API key', 'aeroworkflow', '[A-Za-z0-9^!?#:*;]{20}', 'Aero Workflow > Settings > API: regenerate the key', { ...assignedOrLabelled('aeroworkflow', '[A-Za-z0-9^!?#:*;]{20}') }],
  ['alconost-api-key', 'Alconost API key', 'alconost', lowerAlnum(32), 'Alconost Nitro > Account > API: regenerate the key'],
  ['aletheia-api-key', 'Aletheia API key', 'aletheiaapi', upperAlnum(32), 'aletheiaapi.com > Account: regenerate the key'],
  ['apiflash-access-key', 'ApiFlash access key', 'apiflash', lowerAlnum(32), 'apiflash.com > Dashboard > Access keys: revoke the key'],
  ['apifonica-api-key', 'Apifonica API key', 'apifonica', '[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}', 'Apifonica > Settings > API: regenerate the key'],
  ['apimatic-api-key', 'APIMatic API key', 'apimatic', '[A-Za-z0-9_-]{64}', 'APIMatic > Account > API keys: revoke the key'],
  ['apimetrics-api-key', 'APImetrics API key', 'apimetrics', alnum(32), 'APImetrics > Settings > API access: regenerate the key'],
  ['apitemplate-api-key', 'APITemplate.io API key', 'apitemplate', alnum(39), 'app.apitemplate.io > API integration: regenerate the key'],
  ['appfollow-api-token', 'AppFollow API token', 'appfollow', 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\\.[0-9A-Za-z]{74}\\.[0-9A-Za-z_-]{43}', 'AppFollow > Integrations > API: revoke the token', { body: (v) => v.slice(37) }],
  ['appsynergy-api-key', 'AppSynergy API key', 'appsynergy', lowerAlnum(64), 'AppSynergy > Settings > API: regenerate the key'],
  ['artsy-api-secret', 'Artsy client secret', 'artsy', alnum(32), 'developers.artsy.net > Applications: regenerate the client secret'],
  ['audd-api-token', 'AudD API token', 'audd', lowerAlnum(32), 'dashboard.audd.io: regenerate the token'],
  ['aylien-api-key', 'AYLIEN API key', 'aylien', lowerAlnum(32), 'AYLIEN developer portal > Applications: regenerate the key'],
  ['blitapp-api-key', 'Blitapp API key', 'blitapp', '[A-Za-z0-9_-]{39}', 'Blitapp > Account > API: regenerate the key'],
  ['blocknative-api-key', 'Blocknative API key', 'blocknative', uuid, 'Blocknative account > API keys: delete the key'],
  ['boostnote-api-token', 'Boost Note API token', 'boostnote', hex(64), 'Boost Note > Settings > API: delete the token'],
  ['browshot-api-key', 'Browshot API key', 'browshot', '[A-Za-z0-9-]{28}', 'Browshot > Dashboard > API key: regenerate it'],
  ['bulbul-api-key', 'Bulbul API key', 'bulbul', lowerAlnum(32), 'Bulbul > Account > API: regenerate the key'],
  ['carbon-interface-api-key', 'Carbon Interface API key', ['carboninterface', 'carbon_interface'], alnum(21), 'carboninterface.com > Dashboard > API keys: delete the key'],
  ['chatbot-api-token', 'ChatBot.com API token', ['chatbot_auth', 'chatbot_token', 'chatbot_api', 'chatbotauth', 'chatbottoken', 'chatbotapi'], '[A-Za-z0-9_]{32}', 'ChatBot > Settings > API: regenerate the token'],
  ['checio-api-key', 'Checio public key', 'checio', 'pk_[a-z0-9]{45}', 'Checio > Settings > API: regenerate the key', { body: (v) => v.slice(3) }],
  ['cicero-api-key', 'Cicero API key', 'cicero', lowerAlnum(40), 'cicero.azavea.com > Account: regenerate the key'],
  ['clicksend-api-key', 'ClickSend API key', 'clicksend', '[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}', 'ClickSend dashboard > Developers > API credentials: regenerate the key'],
  ['cloudconvert-api-key', 'CloudConvert API key', 'cloudconvert', 'eyJ[A-Za-z0-9_-]{30,34}\\.eyJ[A-Za-z0-9_-]{200,500}\\.[A-Za-z0-9_-]{600,700}', 'CloudConvert > Dashboard > API keys: delete the key'],
  ['cloudelements-api-key', 'Cloud Elements user secret', 'cloudelements', alnum(43), 'Cloud Elements > Settings > Security: regenerate the secret'],
  ['cloudimage-api-key', 'Cloudimage API key', 'cloudimage', '[a-z0-9_]{30}', 'Cloudimage admin > API keys: revoke the key'],
  ['cloudmersive-api-key', 'Cloudmersive API key', 'cloudmersive', uuid, 'account.cloudmersive.com > API keys: delete the key'],
  ['codequiry-api-key', 'Codequiry API key', 'codequiry', '[A-Za-z0-9-]{64}', 'Codequiry > Account > API: regenerate the key'],
  ['column-api-key', 'Column API key', ['column_key', 'column_api', 'column_secret', 'columnkey', 'columnapi', 'columnsecret'], '(?:test|live)_[A-Za-z0-9]{27}', 'Column dashboard > Developers > API keys: roll the key', { body: (v) => v.slice(5) }],
  ['conversiontools-api-key', 'Conversion Tools API token', 'conversiontools', 'ey[A-Za-z0-9_.]{157,165}', 'conversiontools.io > Profile > API token: regenerate it'],
  ['convier-api-key', 'Convier API key', 'convier', '\\d{2}\\|[A-Za-z0-9]{40}', 'Convier > Settings > API: regenerate the key', { body: (v) => v.slice(3) }],
  ['craftmypdf-api-key', 'CraftMyPDF API key', 'craftmypdf', alnum(35), 'CraftMyPDF > API integration: regenerate the key'],
  ['duply-api-key', 'Duply API key', 'duply', `${uuid}|[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}`, 'Duply > Settings > API: regenerate the key'],
  ['easyinsight-api-key', 'Easy Insight API key', ['easyinsight', 'easy-insight', 'easy_insight'], alnum(20), 'Easy Insight > Account > REST API: regenerate the key'],
  ['formio-jwt', 'Form.io API token', 'formio', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.[0-9A-Za-z]{220,310}\\.[0-9A-Za-z_-]{43}', 'Form.io portal > Project > Settings > API keys: delete the key', { body: (v) => v.slice(37) }],
  // Data feeds: currency, finance, weather, sports, flights
  ['airvisual-api-key', 'IQAir AirVisual API key', 'airvisual', uuid, 'dashboard.iqair.com > API: regenerate the key'],
  ['alienvault-otx-key', 'AlienVault OTX API key', 'alienvault', lowerAlnum(64), 'otx.alienvault.com > Settings: regenerate the OTX key'],
  ['allsports-api-key', 'AllSportsAPI key', 'allsports', lowerAlnum(64), 'allsportsapi.com > Dashboard: regenerate the key'],
  ['ambee-api-key', 'Ambee API key', 'ambee', hex(64), 'api-dashboard.getambee.com: regenerate the key'],
  ['aviationstack-api-key', 'aviationstack access key', 'aviationstack', lowerAlnum(32), 'aviationstack.com > Dashboard: reset the access key'],
  ['bitmex-api-key', 'BitMEX API key or secret', 'bitmex', '[A-Za-z0-9_-]{24}|[A-Za-z0-9_-]{48}', 'BitMEX > Account > API keys: delete the key', { severity: 'blocker' }],
  ['coinlayer-api-key', 'coinlayer access key', 'coinlayer', lowerAlnum(32), 'coinlayer.com > Dashboard: reset the access key'],
  ['coinlib-api-key', 'Coinlib API key', 'coinlib', lowerAlnum(16), 'coinlib.io > Profile > API: regenerate the key'],
  ['commodities-api-key', 'Commodities-API key', 'commodities', alnum(60), 'commodities-api.com > Dashboard: regenerate the key'],
  ['countrylayer-api-key', 'countrylayer access key', 'countrylayer', lowerAlnum(32), 'countrylayer.com > Dashboard: reset the access key'],
  ['cryptocompare-api-key', 'CryptoCompare API key', 'cryptocompare', '[a-z0-9-]{64}', 'cryptocompare.com > API keys: delete the key'],
  ['currencyfreaks-api-key', 'CurrencyFreaks API key', 'currencyfreaks', lowerAlnum(32), 'currencyfreaks.com > Dashboard: regenerate the key'],
  ['currencyscoop-api-key', 'CurrencyScoop (CurrencyBeacon) API key', 'currencyscoop', lowerAlnum(32), 'currencybeacon.com > Account: regenerate the key'],
];

export const SERVICE_RULES: readonly SecretRule[] = serviceRules(SERVICE_ROWS);
