/**
 * A cheap test run before any rule or chrono: most sentences name no time at all, and this
 * skips them. Every phrase family's words must be able to pass it.
 */
export const MAY_HOLD_TIME =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d\d|\d[./:-]\d|\b[QH][1-4]\b|'\d0s|\d\s*[ap]\.?m\b|\b(?:today|tonight|yesterday|tomorrow|now|current|recent|past|future|soon|second|minute|hour|day|week|month|quarter|year|decade|centur|ago|spring|summer|fall|autumn|winter|half|morning|afternoon|evening|night|noon|midnight|overnight|nineteen)/i;
