/** What the content brief tells a parent to do and not do, as patterns the parent guide must match (lower-cased). */
export const PARENT_STEP_CHECKS = [
  { step: 'stay calm', patterns: [/calm/] },
  { step: 'thank them for telling you', patterns: [/thank (you|them)/] },
  { step: 'not their fault', patterns: [/not (your|their) fault/] },
  { step: "we'll fix this together", patterns: [/together/] },
  { step: 'don\'t ask "why did you"', patterns: [/(don't|do not|avoid)[^.]*"why did you/] },
  { step: "don't threaten to take the phone", patterns: [/(don't|do not)[^.]*(take|taking)[^.]*(phone|device)/] },
  { step: "don't delete apps or messages", patterns: [/(don't|do not)[^.]*delet/] },
  {
    step: "don't contact the criminal",
    patterns: [/(don't|do not)[^.]*(contact|reply|message)[^.]*(criminal|them|person)/],
  },
  { step: "don't pay", patterns: [/(don't|do not) pay/] },
  { step: 'keep evidence', patterns: [/screenshot/] },
  { step: 'report to police and platform', patterns: [/report/, /(police|\{child-report\})/, /(platform|app)/] },
  { step: 'removal', patterns: [/(report remove|\{removal-under-18\})/, /take it down/] },
  { step: 'school', patterns: [/school/] },
  { step: 'looking after yourself', patterns: [/(yourself|your own)/] },
] as const;
