/**
 * The safety messages of the content brief, as patterns a text must match (lower-cased).
 * Every pattern of a step must be present for the step to count as carried.
 */
export interface SafetyStepCheck {
  step: string;
  patterns: RegExp[];
}

export const SAFETY_STEP_CHECKS: readonly SafetyStepCheck[] = [
  { step: '1. not in trouble, not your fault', patterns: [/not in trouble/, /not your fault/] },
  { step: "2. don't pay, or nothing more", patterns: [/(don't|do not|never) pay/, /already paid/] },
  {
    step: '3. stop replying, block, do not delete',
    patterns: [/stop (replying|answering|responding)/, /block/, /(don't|do not) delete/],
  },
  {
    step: '4. keep evidence, never save or share the image',
    patterns: [
      /screenshot/,
      /(username|profile)/,
      /(never|don't|do not) (save|forward|send|share|re-share)[^.]*(image|picture|photo)/,
    ],
  },
  { step: '5. tell a trusted adult today', patterns: [/trust/, /today/] },
  {
    step: '6. report to platform and police',
    patterns: [/report/, /(app|platform|site)/, /(police|\{child-report\})/],
  },
  // {removal-under-18} reads as each region's service (Report Remove in the UK) and Take It Down.
  { step: '7. get images removed', patterns: [/(report remove|\{removal-under-18\})/, /take it down/] },
  {
    step: '8. unsafe or thinking of self-harm: emergency or helpline now',
    patterns: [/(999|emergency)/, /(childline|helpline)/, /(hurt|harm)/],
  },
];
