import { describe, expect, it } from 'vitest';
import { analyzeWithRules } from '../../../../electron/domain/analysis/rule-analysis';

// Speech-recognizer text: lowercase, no "?", fillers. The rules must find the question and its
// words (the app marks them) from word order alone, and leave statements alone. These run the
// rule detectors only, so they do not move when the learned weights are retrained.
const questionsIn = (text: string): Array<[string, string]> => analyzeWithRules(text).questions.map((q) => [text.slice(q.start, q.end), q.type]);

describe('questions in speech-recognizer text', () => {
  it.each([
    // An inverted wh-question asks wherever it is said, even after words that would embed a plain one.
    ["oh i'm sorry to hear that where are you having pain", 'where are you having pain', 'closed'],
    ["so for about six months i'm curious what do you like about drinking", "i'm curious what do you like about drinking", 'open'],
    // The speaker's own wondering asks (AnnoMI codes most "i wonder if…" as questions).
    ["i wonder if you'd be open to talking about it", "i wonder if you'd be open to talking about it", 'closed'],
    ["okay i'm also curious are there any parts you don't like", "i'm also curious are there any parts you don't like", 'closed'],
    // Hesitation sounds inside the inversion.
    ['all right do um you have any concerns about it', 'do um you have any concerns about it', 'closed'],
    // An inversion after a verb, the filler "you know", or a clause-final "not".
    ['i see have you um sought out any medical help', 'have you um sought out any medical help', 'closed'],
    ['you know do you think you could try it', 'do you think you could try it', 'closed'],
    ["so half the time you're not can you tell me what's different", "can you tell me what's different", 'open'],
    // An auxiliary before a noun phrase at a clause's head.
    ['and then has your health always been number one for you', 'has your health always been number one for you', 'closed'],
    ['okay is the pain any better since last week', 'is the pain any better since last week', 'closed'],
    ['so when you think about these things are there any things you would like to change', 'are there any things you would like to change', 'closed'],
    // A check at the end of a turn, an elliptical question, a dropped apostrophe.
    ["i'd like to share some information with you is that okay", 'is that okay', 'closed'],
    ['okay anything else', 'anything else', 'closed'],
    ['whats going on', 'whats going on', 'open'],
    ["uh huh and tell me how your um physical therapy is going", 'tell me how your um physical therapy is going', 'open'],
    ["tell me what's been happening since we last spoke", "tell me what's been happening since we last spoke", 'open'],
    ['please tell me more about your story', 'please tell me more about your story', 'open'],
    ['um or are um you a uh cat person', 'are um you a uh cat person', 'closed'],
    ["that's a never ending battle for me do you have a lot of it", 'do you have a lot of it', 'closed'],
    ['i am so sorry to hear that what is going on in your life', 'what is going on in your life', 'open'],
    ['any uh idea how long it has been', 'any uh idea how long it has been', 'closed'],
    ['what makes you think that is true', 'what makes you think that is true', 'open'],
  ])('finds the question in "%s"', (text, words, type) => {
    expect(questionsIn(text)).toEqual([[words, type]]);
  });

  it('keeps a restart, or a check inside a wh-question, as one question, not two stacked ones', () => {
    for (const text of ['and what are what are your concerns about it', 'so how does that work', 'hmm tell me more about that what does trying look like for you']) {
      const r = analyzeWithRules(text);
      expect(r.questions, text).toHaveLength(1);
      expect(r.questions[0]!.flags, text).not.toContain('stacked');
    }
  });

  it.each([
    'what you said really matters to me',
    'how you feel is valid',
    'i know what you mean',
    'i know how hard it is',
    "i'm sorry to hear that",
    "you're wondering if you can do it",
    'the other is um i do see a fair amount of chipped teeth',
    'it was like you said',
    "and what i see is it's a mess",
    'i said do it now',
    "that's just what it is you know",
    'you know i really do care about you',
    'books and magazines and what have you',
    "i don't know what is there",
    'my mom was like you know whatever',
    'when i was little we moved a lot',
    'i would not have you do that alone',
    'what i need is a break',
    // Relative clauses keep "who"/"which" + verb order; a preposition embeds; a habit is told.
    'my dog who was my best friend for six years was just gone one day',
    'it could be avoiding others which is the case with me',
    'people will like you for who you are',
    'i thought about how should i write it',
    'i always wonder what would be the best way',
    'might wanna see a doctor about that',
    'was super close to texting my ex',
    // A "what"-clause with its own verb, then "is"/"was", says something (but "what time is it" asks).
    'what really gets me is i feel like no one listens',
    'what happened was awful',
    'whats done is done',
    // "anyone else" / "anything else" as the subject of a verb states; the speaker wondering about
    // themselves, or what they were curious about, does not ask the listener.
    'honestly anyone else would have quit by now',
    'you did great anything else is a bonus',
    'i wonder if i could have helped more',
    'i was curious whether they liked it but they didnt say',
  ])('finds no question in the statement "%s"', (text) => {
    expect(questionsIn(text)).toEqual([]);
  });

  it('reads a typed sentence that ends with a full stop as a statement', () => {
    expect(questionsIn("I'm wondering if that concern is coming from your friends.")).toEqual([]);
    expect(questionsIn('Anything else, you know, goes on the list.')).toEqual([]);
    expect(questionsIn("i'm wondering if that concern is coming from your friends")).toHaveLength(1);
  });
});
