/**
 * Question forms (MITI: open questions invite a wide range of answers; closed ones a yes/no,
 * a choice or one fact) and the open, speakable questions to ask instead.
 */
import type { QuestionRewrite } from './types';

/** Imperative or tentative forms that work as open questions ("tell me about…", "i wonder what…"). */
export const openInvitations = [
  "tell me (?:more|about|what's|what|how's|how|why|everything|something|anything|a bit|a little)",
  'help me understand',
  'talk (?:to me )?(?:about|through)',
  'walk me through',
  "(?:could|can|would) you (?:please )?(?:say|tell me|share|talk|describe|explain|walk me through) (?:a (?:bit|little) )?(?:more|about|what's|what|how)",
  'would you be (?:willing|open|up for|comfortable) (?:to )?(?:share|say|tell|talk)',
  "i(?:'d| would) (?:love|like) to (?:hear|know|understand) (?:more|about|what's|what|how)",
  "i wonder (?:what's|what|how's|how)",
  "{i'm} (?:curious|wondering) (?:about|what's|what|how's|how)",
  'say more',
] as const;

/** Wh-question heads that ask for one fact ("how long…", "what time…"), hence closed. */
export const factHeads = '(?:how (?:long|many|much|often|old|far|soon)|what (?:kind|sort|type) of \\w+ (?:does|did|is|was|are|were) (?:she|he|it|they|that|this)|what (?:time|day|year|date)|when|where|who|whom|which|whose)';

/** Negative-tag and "don't you think" forms that push the partner toward an answer. */
export const leadingForms = [
  "{don't} you (?:think|agree|feel like you should|want to|see|know)",
  "(?:wouldn't|won't|shouldn't|couldn't) (?:you|it be)",
  "(?:isn't|aren't|wasn't|didn't|doesn't|haven't) (?:it|that|this|you|he|she|they) (?:true|obvious|better|just|kind of|a bit|clear|possible that|supposed)",
  "(?:isn't|aren't|don't|didn't|wasn't|won't|wouldn't|haven't|can't) (?:it|you|they|he|she|that)\\??$",
  "you know (?:that|you|it),? right",
  "(?:right|correct)\\?? *$",
  'surely you',
] as const;

/** "why" forms that accuse: why + a negation, a modal of blame, or "always". */
export const accusatoryWhy = "why (?:on earth |the hell |in the world )?(?:can't|cannot|couldn't|won't|wouldn't|didn't|{don't} you (?:ever|always|even|care|listen|understand|get it|see|just (?:stop|get over))|doesn't|aren't|isn't|weren't|do you always|are you always|would you|did you|do you keep|are you so|are you being|are you even|are you still|do you even|do you care|do you let|did you let|can you not|are you like this|is it so hard)";

/** Closed questions and what to ask instead; the first matching record supplies the suggestion. */
export const closedRewrites = [
  { id: 'are-you-ok', pattern: "(?:are|r) you (?:ok|okay|alright|all right|good|fine|doing (?:ok|okay|alright|well))", suggestion: 'How are you feeling right now?', source: 'MITI' },
  { id: 'do-you-want-to-talk', pattern: '(?:do|would) you (?:want|wanna|like) to talk', suggestion: 'What would feel good to talk about?', source: 'MITI' },
  { id: 'is-it-x', pattern: '(?:is|was) it (?:because|about|work|him|her|them|the|your|that)', suggestion: "What's been weighing on you most?", source: 'MITI' },
  { id: 'did-something-happen', pattern: '(?:did|has) something happen', suggestion: 'What happened?', source: 'MITI' },
  { id: 'do-you-feel', pattern: '(?:do|did|are) you (?:feel|feeling|felt)', suggestion: 'How are you feeling about it?', source: 'MITI' },
  { id: 'is-there-anything', pattern: 'is there anything (?:i can do|i could do|you need)', suggestion: 'What would help most right now?', source: 'MITI' },
  { id: 'when-did', pattern: '(?:when|how long)', suggestion: "What's it been like since it started?", source: 'MITI' },
  { id: 'who', pattern: '(?:who|where|which)', suggestion: 'Tell me more about what happened.', source: 'MITI' },
  { id: 'tag', pattern: '(?:right|yeah|okay|ok)\\?? *$', suggestion: 'How does that sit with you?', source: 'MITI' },
] as const satisfies readonly QuestionRewrite[];

/** The fallback open question for a closed one no record covers. */
export const closedFallback = "What's that been like for you?";

/** Said instead of a string of questions: one open question, then room to answer. */
export const stackedSuggestion = 'Ask one question, then give them room to answer.';

/** Words that make a question about the partner's inner experience (EPITOME strong exploration). */
export const experienceWords = "(?:feel|feeling|felt|feelings|for you|like for you|to you|mean to you|on your mind|weighing|going on with you|going on for you|inside|heart|experience|hardest|worst|scared|afraid|worry|worried|need|need from|want|hoping|hope|been like|coping|holding up|getting through|handling|miss|your mind|on you|wearing|scariest|toughest|part of|mean to|{feelings})";
