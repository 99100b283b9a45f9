/** Word lists the clause splitter and question classifier read (lowercase, as wink tokenises). */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Speech fillers and discourse markers: they attach to the clause that follows them. */
export const FILLERS = set('um umm uh uhh uhm huh mhm er erm ah hmm mm like so and but or well okay ok oh yeah also then anyway see look listen honestly basically');

/** Sounds that carry no word (a transcript's "um", "mm"): they do not count toward a turn's length. */
export const SOUNDS = set('um umm uh uhh uhm er erm ah hmm mm mhm mmm');

/** Question words that open a wh-question. */
export const WH = set('what how why when where who whom which whose whats hows');

/** Auxiliaries that open a yes/no question when followed by a subject ("are you", "did it"). */
export const AUX = set('am are is was were do does did can could will would shall should have has had may might must ai');

/** Subjects that may follow an inverted auxiliary. */
export const SUBJECTS = set('you i it he she they we that this there your his her their my everything anything something someone anyone things');

/** Subject pronouns: "when i…", "what you said…" open a clause, not a question, without a "?". */
export const SUBJECT_PRONOUNS = set('i you he she they we');

/** Words after which a wh-word is embedded ("i wonder what", "tell me how"), not a new question. */
export const EMBEDDERS = set(
  'wonder know knew understand see tell told ask asked show explain about of on from for to if whether is was be curious sure idea clue matter remember imagine guess think thought me him her us them hear share say said describe decide figure exactly just only',
);

/** Words that make "X, right?"-style tags. */
export const TAGS = set('right yeah ok okay huh yes no correct');

/** Negators for the negation window before a negatable rule ("you're not overreacting"). */
export const NEGATORS = set("not n't nt never no nobody none nothing neither nor hardly cannot without");

/** Tokens that stop the negation window (a new clause begins). */
export const NEGATION_BARRIERS = set('but and because so though although although however yet or');

/** Feeling words: echoing the partner's feeling, or naming one, is reflection/interpretation. */
export const FEELINGS = set(
  'sad lonely alone angry mad upset hurt scared afraid anxious worried nervous stressed overwhelmed exhausted tired drained frustrated annoyed disappointed ashamed embarrassed guilty hopeless helpless lost confused stuck invisible unheard ignored unseen rejected betrayed heartbroken devastated numb empty down low miserable depressed terrified panicked resentful trapped pressure burned burnt abandoned unappreciated unsupported isolated insecure small useless worthless awful terrible horrible crushed grief grieving heavy tense restless furious hurtful painful scary',
);

/** Words that never count as an echoed topic (too common to show listening). */
export const STOP = set(
  "i me my you your it its it's this that these those a an the and or but so of to in on at for with about from by is are was were be been being am do does did have has had not no yes just really very too also then there here what how why when where who which can could would should will shall may might must get got go going gone know think feel feeling felt like want say said tell told thing things something anything everything nothing lot lots kind sort bit way time day today um uh okay ok yeah oh well all any some more much many one ever even still again now back out up down over off",
);
