/**
 * The sales-domain words the generator writes with. Everything a response says in prose comes from here:
 * no lorem ipsum anywhere.
 */

/** What the account is buying, as a seller would write it. */
export const INITIATIVES = [
  'a platform-wide rollout',
  'a consolidation of three regional CRMs',
  'a replacement for its homegrown forecasting tool',
  'an analytics add-on for the RevOps team',
  'a two-year enterprise renewal with expansion seats',
  'a pilot for the EMEA inside-sales team',
  'a move off spreadsheets for pipeline reviews',
  'a standard deal desk approval flow',
  'a usage-based upgrade for the support organisation',
  'conversation intelligence for its SDR team',
] as const;

/** Who is driving the deal. */
export const CHAMPIONS = [
  'the VP of Sales',
  'the CRO',
  'the Head of Revenue Operations',
  'the Director of Sales Enablement',
  'a regional sales director',
  'the CFO',
  'the Head of Customer Success',
  'the VP of Marketing',
] as const;

/** Where the deal stands, by pipeline phase. */
export const PROGRESS: Record<'early' | 'mid' | 'late' | 'closed', readonly string[]> = {
  early: [
    'discovery call booked with the buying committee',
    'pain points confirmed around forecast accuracy',
    'initial requirements gathered, with a technical deep-dive next',
    'timeline tied to the start of next fiscal year',
  ],
  mid: [
    'demo landed well with the frontline managers',
    'security questionnaire submitted and under review',
    'proof of value scoped with clear success criteria',
    'business case drafted with the champion',
  ],
  late: [
    'legal is redlining the MSA',
    'procurement review in progress',
    'pricing approved by finance and waiting on signature',
    'verbal commit received, paperwork in flight',
  ],
  closed: [
    'contract countersigned and onboarding kicked off',
    'handover to customer success scheduled',
    'win notes captured for the team',
  ],
};

/** Why a lost deal was lost. */
export const LOSS_REASONS = [
  'the budget moved to another initiative',
  'they stayed with the incumbent vendor',
  'the timing slipped past the fiscal year',
  'a cheaper point solution won on price',
] as const;

/** When things happen. */
export const TIMEFRAMES = [
  'before the end of the quarter',
  'ahead of the next planning cycle',
  'in time for the board meeting',
  'within the next six weeks',
  'before budgets reset in January',
] as const;

/** What could go wrong, by pipeline phase. */
export const RISKS: Record<'early' | 'mid' | 'late' | 'closed', readonly string[]> = {
  early: [
    'No confirmed budget owner yet',
    'Decision maker not yet engaged',
    'Competing priorities for the RevOps team this quarter',
    'Unclear success criteria for the evaluation',
  ],
  mid: [
    'Competing evaluation with the incumbent vendor',
    'Security review could add two to three weeks',
    'Champion is new in the role',
    'Integration with the data warehouse still unproven',
  ],
  late: [
    'Legal redlines on the MSA could slip the close date',
    'Procurement pushing for a multi-year discount',
    'Budget approval depends on the CFO sign-off',
    'Signature authority sits with a travelling executive',
  ],
  closed: ['Onboarding capacity is tight next month'],
};

/** Tag names for unknown tag ids (lenient references). */
export const TAG_NAMES = [
  'High Priority',
  'Expansion',
  'Renewal',
  'Inbound',
  'Partner Sourced',
  'Strategic',
  'Upsell',
  'Net New',
  'Executive Sponsor',
  'At Risk',
  'Competitive',
  'Multi-year',
] as const;

/** Values for text custom fields that define none of their own. */
export const TEXT_FIELD_VALUES = [
  'Initech',
  'Globex',
  'Hooli',
  'Massive Dynamic',
  'Referral from existing customer',
  'Met at SaaStr',
  'Champion: VP of Sales',
] as const;

/** Which phase a stage key belongs to, by what the key says. */
export function stagePhase(stage: string | null | undefined): 'early' | 'mid' | 'late' | 'closed' {
  const key = (stage ?? '').toLowerCase();
  if (/closed|won|lost/.test(key)) return 'closed';
  if (/negotiat|proposal|commit|contract|legal|procure/.test(key)) return 'late';
  if (/demo|evaluat|proof|pov|poc|trial|solution/.test(key)) return 'mid';
  return 'early';
}

/** What a seller calls a deal, after the account's name: "Acme Corp - Enterprise License". */
export const DEAL_TYPES = [
  'Enterprise License',
  'Platform Expansion',
  'Annual Renewal',
  'Multi-year Renewal',
  'Seat Expansion',
  'Analytics Add-on',
  'EMEA Pilot',
  'Forecasting Rollout',
  'Sales Enablement Package',
  'Professional Services',
  'Upgrade to Premium Support',
  'Conversation Intelligence',
] as const;

/** Notes a seller leaves on an opportunity. */
export const NOTES = [
  'Follow up after Q3 board meeting',
  'Champion asked for a reference call with a customer of similar size',
  'Send the revised order form once finance confirms the seat count',
  'Security questionnaire due back next Friday',
  'Budget is approved; waiting on the procurement kickoff',
  'Wants a co-termed renewal with the existing contract',
  'Loop in the solutions engineer for the data warehouse questions',
  'Pricing review scheduled with the deal desk',
] as const;

/**
 * Currencies deals are priced in, by how often they come up, with the range of a typical deal in units of the
 * currency (a generated amount is written in the unit the API version counts in, D9; see mock/core/generate/money.ts).
 */
export const CURRENCIES: readonly { code: string; weight: number; min: number; max: number }[] = [
  { code: 'USD', weight: 60, min: 5_000, max: 500_000 },
  { code: 'EUR', weight: 15, min: 5_000, max: 400_000 },
  { code: 'GBP', weight: 10, min: 4_000, max: 350_000 },
  { code: 'CAD', weight: 5, min: 6_000, max: 600_000 },
  { code: 'AUD', weight: 5, min: 7_000, max: 700_000 },
  { code: 'JPY', weight: 5, min: 700_000, max: 70_000_000 },
];

/** What an account's company does, after its name: "Acme Corp builds … for manufacturing teams." */
export const COMPANY_PRODUCTS = [
  'builds workflow software',
  'runs a data platform',
  'sells payments infrastructure',
  'makes analytics tools',
  'offers managed IT services',
  'provides logistics software',
  'develops security products',
  'publishes learning content',
] as const;

/** Industries an account's company is classified in. */
export const INDUSTRIES = [
  'Software',
  'Financial Services',
  'Manufacturing',
  'Healthcare',
  'Retail',
  'Logistics',
  'Education',
  'Media',
  'Energy',
  'Telecommunications',
] as const;

/** Notes a seller keeps on an account. */
export const ACCOUNT_NOTES = [
  'Key enterprise prospect',
  'Renewal owned by the customer success team',
  'Procurement requires three quotes for anything over budget',
  'Champion moved to the CFO office last quarter',
  'Strategic logo for the region',
] as const;

/** Behavioural and intent signals behind a heat score: a type and what was seen ({n} is a count). */
export const INTENT_SIGNALS: readonly (readonly [string, string])[] = [
  ['web_visit', 'Visited the pricing page {n} times in the last 7 days'],
  ['email_engagement', 'Opened the last {n} emails of the sequence'],
  ['meeting', 'Booked a meeting with {n} stakeholders'],
  ['content_download', 'Downloaded {n} case studies this month'],
  ['job_posting', 'Posted {n} revenue operations roles'],
];

/** Firmographic signals behind a tier ({employees}, {industry} from the company). */
export const FIRMOGRAPHIC_SIGNALS: readonly (readonly [string, string])[] = [
  ['employee_count', '{employees} employees, within the ideal customer profile'],
  ['industry', 'In {industry}, a core industry of the ideal customer profile'],
  ['funding', 'Raised funding in the last two years'],
];

/** Why the AI set a custom field as it did ({value} is the value as a seller reads it). */
export const EXPLANATION_REASONS = [
  'Set to {value} because the champion confirmed it on the last call.',
  'Set to {value} from the email thread with the buying committee.',
  '{value}, as the discovery notes record it.',
  'Set to {value}: the mutual action plan and the latest meeting agree on it.',
  '{value}, taken from the order form draft shared last week.',
] as const;

/** Where the AI read it: a citation's title and the excerpts it quotes. */
export const EXPLANATION_SOURCES: readonly { title: string; path: string; excerpts: readonly string[] }[] = [
  { title: 'Call notes', path: 'notes/call', excerpts: ['Budget approved for the next quarter', 'They want to start with the EMEA team', 'Security review is the last open item'] },
  { title: 'Email thread', path: 'mail/thread', excerpts: ['Sharing the revised seat count below', 'Procurement will send the vendor form on Monday'] },
  { title: 'Meeting transcript', path: 'meetings', excerpts: ['We need this live before the board meeting', 'Legal has the MSA redlines back'] },
];
