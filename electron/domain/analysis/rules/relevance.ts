/**
 * Word data for the relevance check (relevance.ts): which words are near enough to what the partner
 * said to count as being about it. Data, not code, so a counsellor can review or extend the lists.
 */

/**
 * Feelings that sit close together: naming any word of a family the partner's feeling belongs to
 * is about what they feel ("exhausted" for "worn out"); naming a feeling from no shared family
 * (or a happy one for a hurt) is not.
 */
export const FEELING_FAMILIES: readonly (readonly string[])[] = [
  ['sad', 'down', 'low', 'upset', 'unhappy', 'miserable', 'depressed', 'heartbroken', 'devastated', 'crushed', 'grief', 'grieving', 'mourning', 'loss', 'miss', 'missing', 'empty', 'heavy', 'hurt', 'painful', 'tearful', 'cry', 'crying'],
  ['scared', 'scary', 'frightening', 'afraid', 'frightened', 'terrified', 'fear', 'anxious', 'anxiety', 'worried', 'worry', 'nervous', 'panicked', 'panic', 'uneasy', 'dread', 'insecure', 'unsafe', 'tense', 'restless', 'on edge'],
  ['angry', 'mad', 'furious', 'annoyed', 'irritated', 'frustrated', 'resentful', 'bitter', 'fed up', 'upset', 'betrayed', 'cheated', 'let down', 'unfair'],
  ['hurt', 'stung', 'wounded', 'rejected', 'unwanted', 'left out', 'excluded', 'abandoned', 'betrayed', 'forgotten', 'ignored', 'dismissed', 'invisible', 'unseen', 'unheard', 'overlooked', 'passed over', 'unappreciated', 'unvalued', 'let down', 'disappointed'],
  ['ashamed', 'shame', 'embarrassed', 'humiliated', 'guilty', 'guilt', 'foolish', 'stupid', 'small', 'useless', 'worthless', 'inadequate', 'not good enough', 'failure', 'failing', 'insecure', 'doubt'],
  ['exhausted', 'tired', 'drained', 'worn out', 'burned out', 'burnt out', 'overwhelmed', 'stressed', 'pressure', 'swamped', 'crushed', 'stretched', 'overloaded', 'weight', 'heavy', 'trapped', 'stuck', 'helpless', 'hopeless'],
  ['lonely', 'alone', 'isolated', 'cut off', 'disconnected', 'distant', 'unsupported', 'on your own', 'by yourself', 'nobody'],
  ['confused', 'lost', 'unsure', 'uncertain', 'torn', 'conflicted', 'numb', 'shut down', 'frozen'],
];

/** Topic words that name the same thing, for partner lines without an `about`. */
export const TOPIC_FAMILIES: readonly (readonly string[])[] = [
  ['work', 'job', 'office', 'boss', 'manager', 'career', 'company', 'team', 'colleague', 'promotion', 'deadline', 'project'],
  ['mom', 'mum', 'mother', 'mama', 'parent'],
  ['dad', 'father', 'papa', 'parent'],
  ['friend', 'mate', 'pal', 'best friend'],
  ['money', 'rent', 'mortgage', 'bill', 'debt', 'pay', 'afford'],
  ['home', 'house', 'flat', 'apartment', 'room'],
  ['sleep', 'night', 'bed', 'awake', 'insomnia'],
  ['party', 'plan', 'dinner', 'event', 'night out'],
  ['birthday', 'anniversary', 'celebration'],
  ['exam', 'test', 'study', 'school', 'class', 'grade'],
  ['doctor', 'hospital', 'appointment', 'test', 'result', 'health'],
  ['die', 'death', 'dead', 'loss', 'passed', 'funeral', 'grief', 'gone'],
  ['fault', 'blame', 'responsible', 'guilt'],
];

/**
 * Content words too general to say what a reply is about ("it sounds like it's been a lot"):
 * a sentence made only of these takes its meaning from the sentence before, or from the partner's line.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  [
    'hard', 'tough', 'difficult', 'rough', 'heavy', 'big', 'real', 'much', 'lot', 'lots', 'whole', 'such', 'pretty', 'quite', 'rather', 'lately', 'recently',
    'right', 'now', 'today', 'tonight', 'week', 'moment', 'mind', 'head', 'heart', 'part', 'side', 'place', 'point', 'sense', 'matter', 'happen', 'happened',
    'going', 'been', 'like', 'feel', 'feeling', 'felt', 'seem', 'seems', 'sound', 'sounds', 'look', 'looks', 'must', 'maybe', 'really', 'so', 'just', 'bit',
    'more', 'most', 'hardest', 'worst', 'best', 'mean', 'means', 'meant', 'think', 'wonder', 'tell', 'say', 'share', 'talk', 'hear', 'understand', 'sure',
    'notice', 'noticed', 'carry', 'carrying', 'deal', 'dealing', 'handle', 'handling', 'hold', 'holding', 'cope', 'coping', 'want', 'need', 'help',
    'here', 'there', 'else', 'way', 'thing', 'things', 'stuff', 'something', 'anything', 'everything', 'nothing', 'all', 'okay', 'ok', 'fine', 'alright',
    'wish', 'love', 'care', 'sorry', 'glad', 'thank', 'thanks', 'with', 'for', 'about', 'long', 'still', 'again', 'time', 'day', 'kind', 'sort', 'even',
    'come', 'came', 'get', 'got', 'make', 'made', 'take', 'took', 'let', 'go', 'went', 'gone', 'know', 'knew', 'see', 'saw', 'ask', 'asked', 'try', 'tried',
    'news', 'stakes', 'situation', 'reason', 'reasons', 'deal', 'while', 'whatever', 'anyway', 'honestly', 'actually', 'totally', 'completely', 'absolutely', 'definitely', 'worth', 'hear', 'listen', 'listening',
  ].map((w) => w.toLowerCase()),
);

/**
 * The words of a listening template that fits any line ("I hear you. That sounds really hard. Tell me
 * more about how you feel."): the general words above, less those that still name a subject when
 * said ("asking for help", "the news").
 */
export const TEMPLATE_WORDS: ReadonlySet<string> = new Set([
  ...[...GENERIC_WORDS].filter((w) => !['help', 'ask', 'asked', 'news', 'stakes', 'reason', 'reasons', 'worth'].includes(w)),
  ...['awful', 'terrible', 'horrible', 'suck', 'sucks', 'imagine', 'support', 'ready', 'happening', 'listen', 'always', 'whenever'],
]);

/** A partner's words too common to show, said back alone, that the reply is about them ("you feel", "I know"). */
export const COMMON_ECHOES: ReadonlySet<string> = new Set(['feel', 'feeling', 'know', 'think', 'go', 'be', 'have', 'do', 'say', 'tell', 'like', 'mean', 'want', 'just', 'really', 'so', 'sound', 'seem', 'look', 'hear', 'make', 'let', 'come', 'see', 'not', 'even']);

/** Feelings outside the hurting families: named to someone who is hurting, they are not what they feel. */
export const OTHER_FEELINGS: readonly string[] = [
  'happy', 'glad', 'excited', 'thrilled', 'pleased', 'delighted', 'relaxed', 'calm', 'content', 'cheerful', 'proud', 'grateful', 'hopeful',
  'bored', 'curious', 'amused', 'good', 'great', 'fun', 'nice', 'lovely', 'wonderful', 'amazing', 'fantastic',
];

/** Pronouns, contractions and auxiliaries: never an echo of the partner, whatever the tagger says. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "i me my mine myself you your yours yourself we us our he him his she her they them their it its i'm im i've i'd i'll you're youre you've you'd you'll it's we're they're he's she's that's there's what's let's isn't aren't wasn't weren't don't doesn't didn't can't won't wouldn't shouldn't couldn't haven't hasn't hadn't am is are was were be been being do does did have has had will would shall should can could may might must 'm 're 's 've 'd 'll n't not".split(
    ' ',
  ),
);
