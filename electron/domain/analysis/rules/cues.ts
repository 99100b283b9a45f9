/**
 * Empathy cues, one record per rule: EPITOME's emotional reactions (warmth, concern) and
 * interpretations (showing understanding of the partner's feelings), plus validation.
 * Explorations come from the questions (see questions.ts). Level 1 is weak/generic, 2 strong/specific.
 */
import type { CueRule } from './types';

export const cueRules = [
  // Emotional reactions.
  { id: 'so-sorry', mechanism: 'emotionalReactions', level: 2, pattern: "{i'm} {intens} sorry|{i'm} sorry (?:that|you|to hear)|my heart (?:goes out|breaks|hurts)|that breaks my heart|i feel (?:so |really )?(?:sad|awful|terrible|heartbroken) (?:for you|hearing|that)|i miss (?:him|her|them) (?:too|so much|as well)", note: 'Warm, specific concern for what they are going through.', source: 'EPITOME' },
  { id: 'sorry', mechanism: 'emotionalReactions', level: 1, pattern: "{i'm} sorry|sorry to hear|oh no|oh man|that sucks|i feel for you|{i'm} (?:really |so )?glad you (?:told|shared|said|brought|opened|came|reached)|thank you for (?:telling|sharing)|thanks for (?:telling|sharing)", note: 'Shows concern.', source: 'EPITOME' },
  { id: 'sounds-hard-strong', mechanism: 'emotionalReactions', level: 2, pattern: "(?:(?:that|it|this|which) (?:sounds|seems|must be|must have been|must feel|must've been|is|was|feels)|{that's}|{it's}|sounds|seems) {intens} {emo}|(?:that|it|this|today|tonight|this week|these days|everything|all (?:of )?this|it all) must (?:be|have been|feel|'ve been) (?:{intens} )?{emo}|(?:what a|how) {intens}? ?{emo}", note: 'Names how hard it is, warmly and specifically.', source: 'EPITOME' },
  { id: 'sounds-feeling-strong', mechanism: 'emotionalReactions', level: 2, pattern: "(?:(?:that|it|this) )?(?:sounds|seems|must be|must have been|must feel|is|was|feels) {intens} {stingwords}|(?:{that's}|{it's}) {intens} {stingwords}", note: 'Names the feeling it must bring, warmly.', source: 'EPITOME', reflects: true },
  { id: 'sounds-feeling', mechanism: 'emotionalReactions', level: 1, pattern: "(?:(?:that|it|this) )?(?:sounds|seems|must be|must have been|must feel|is|was|feels) {stingwords}|(?:{that's}|{it's}) {stingwords}", note: 'Names the feeling it brings.', source: 'EPITOME', reflects: true },
  { id: 'that-hurts', mechanism: 'emotionalReactions', level: 2, pattern: '(?:that|it|this) (?:{intens} |must |must have |must\'ve )+(?:hurts?|stings?|stung|sucks?|sucked)', note: 'Feels the sting with them.', source: 'EPITOME' },
  { id: 'hurts', mechanism: 'emotionalReactions', level: 1, pattern: '(?:that|it|this) (?:hurts|stings|sucks)', note: 'Acknowledges the hurt.', source: 'EPITOME' },
  { id: 'sounds-hard', mechanism: 'emotionalReactions', level: 1, pattern: "(?:(?:that|it|this) )?(?:sounds|seems) {emo}|(?:{that's}|{it's}|this is|that is) (?:just |a |such a )?{emo}|{that's} (?:a |such a )?(?:heavy|hard|tough|painful|lot) (?:thing|load|place|spot)|what a (?:mess|day|week)", note: 'Acknowledges that it is hard.', source: 'EPITOME' },
  { id: 'here-for-you', mechanism: 'emotionalReactions', level: 1, pattern: "{i'm} (?:right |always |still )?(?:here|with you|on your side)(?: for you| with you)?|i care about you|{you're} not alone|i've got you|i got you|i'm listening|take your time", note: 'Offers warmth and presence.', source: 'EPITOME' },

  // Interpretations: understanding of their feelings and experience.
  { id: 'sounds-like-you', mechanism: 'interpretations', level: 2, pattern: "(?:it |so it )?(?:sounds|seems|looks) (?:like|as if|as though) (?!(?:fun|a plan|a good idea|great|nice|a lot of fun)\\b)[\\w']+", note: 'Reflects back what they seem to feel or mean.', source: 'EPITOME', reflects: true },
  { id: 'so-youve-been', mechanism: 'interpretations', level: 2, pattern: "so (?:{you've}|{you're}|you|you've just) (?:been|feeling|saying|carrying|having|had|feel|felt|are|were)|{you've} been carrying|{you're} (?:so |really |pretty |kind of |a bit |a little |very |completely |totally |still )?{feelings}|{you've} had (?:a lot|so much|to carry)|what {i'm} hearing is|if i (?:understand|hear) (?:you )?(?:right|correctly)|what i hear is", note: 'Puts their experience into words, showing you followed.', source: 'EPITOME', reflects: true },
  { id: 'you-feel', mechanism: 'interpretations', level: 2, pattern: "(?:{you're}|you) (?:feel|felt|feeling|must feel|must be|must have been|must have felt|must've felt|must've been|seem|sound|are|were|have been|'ve been) (?:so |really |pretty |kind of |a bit |a little |very |completely |totally )?{feelings}|you must be (?:exhausted|worn out|running on empty|at the end of your rope)|that must have made you feel|part of you", note: 'Names their feeling, which shows you understood it.', source: 'EPITOME', reflects: true },
  { id: 'i-can-see-why', mechanism: 'interpretations', level: 2, pattern: 'i can (?:see|understand|tell) (?:why|how|that|what)|i understand why|no wonder you', note: 'Shows you understand why they feel this way.', source: 'EPITOME' },
  { id: 'i-understand', mechanism: 'interpretations', level: 1, pattern: "i (?:understand|get it|hear you|see what you mean|see)(?! (?:why|how|that|what))|i can (?:only )?imagine", note: 'A general sign of understanding.', source: 'EPITOME' },

  // Validation: their feelings make sense.
  { id: 'makes-sense', mechanism: 'validation', level: 2, pattern: "(?:that |it |this |which )?makes (?:total |complete |so much |perfect |a lot of )?sense|{it's} (?:completely |totally |so |very )?understandable|{that's} (?:completely |totally )?(?:understandable|valid|fair enough)|your feelings (?:are|make) (?:valid|sense)|of course (?:you'd|you would|you feel|you're|you are)|anyone (?:would|'d) (?:feel|be)|anybody (?:would|'d) (?:feel|be)|you have every right|{you're} allowed to (?:feel|be)|{it's} (?:okay|ok|alright|all right|normal|natural|human) to (?:still |just |really )?(?:feel|be|not|cry|grieve|miss|need)|(?:would|could) (?:wear|get to|break|upset|hurt|exhaust) anyone|anyone (?:would|'d|in your (?:shoes|position|place))|{there's} no (?:timeline|right way|wrong way)|you (?:shouldn't|should not) have to (?:\\w+ )*?(?:alone|by yourself|on your own)|you deserve (?:support|help|better|to be heard)|{it's} not (?:silly|stupid|weird|wrong|crazy|dumb|selfish|weak)(?: at all)? to (?:feel|be|want|need|ask|cry)|you {don't} have to (?:have (?:it|everything) (?:all )?figured out|figure (?:it|everything) out|be (?:okay|ok|fine|strong|perfect)|explain|apologi[sz]e|pretend|hide|hold it (?:all )?together)|no wonder", note: 'Tells them their feelings make sense.', source: 'MITI' },
  { id: 'no-judgment', mechanism: 'validation', level: 1, pattern: "{i'm} not (?:going to|gonna|here to) judge|no judgment|no judgement|without judging|i won't judge", note: 'Promises a safe, judgment-free space.', source: 'seeds' },
] as const satisfies readonly CueRule[];

/** Empathy points by mechanism and level; extra cues of the same mechanism add `extra` each. */
export const cuePoints = {
  emotionalReactions: { 1: 20, 2: 35 },
  interpretations: { 1: 20, 2: 40 },
  explorations: { 1: 15, 2: 30 },
  validation: { 1: 20, 2: 35 },
  reflection: 15,
  extra: 5,
} as const;
