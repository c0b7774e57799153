/**
 * Facts about funder types: which are public authorities under the Freedom of Information Act 2000
 * (and the Freedom of Information (Scotland) Act 2002), so partners should cooperate with FOI
 * requests (R70), and which usually contract rather than grant.
 */

/** `funding.funders[].type` values that are public authorities for FOI purposes. */
export const PUBLIC_AUTHORITY_FUNDERS: ReadonlySet<string> = new Set([
  'local_authority',
  'london_councils',
  'central_government',
  'nhs',
  'police_and_crime_commissioner',
]);

/** `funding.funders[].agreement_type` values under which the funder contracts for services. */
export const CONTRACT_AGREEMENTS: ReadonlySet<string> = new Set([
  'contract',
  'service_level_agreement',
  'spot_purchase',
]);
