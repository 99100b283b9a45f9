/**
 * Scripted replies for each built-in scenario, as a person might type or say them: an attentive
 * run (reflections, validation, gentle open questions) and a judgmental one (blame, labels,
 * dismissal, fixing). Used with the real analyzer in integration.spec.ts.
 */
export interface Script {
  attentive: string[];
  judgmental: string[];
}

/** How a reply reads after speech recognition: lowercase, no punctuation, a filler in front. */
export function asSpoken(text: string): string {
  return `um ${text.toLowerCase().replace(/[.,?!]/g, '')}`;
}

export const scripts: Record<string, Script> = {
  'grief-birthday': {
    attentive: [
      "It sounds like today is really heavy for you. I'm here, and we don't have to talk unless you want to.",
      "His birthday. That must be so hard, finding that card today. What was it like going through his things?",
      "I'm so sorry. It sounds like you've been carrying a lot of guilt about that call. How are you feeling right now?",
      "That makes so much sense. Tell me more about him, if you'd like.",
      "I'm right here with you. What do you need from me tonight?",
    ],
    judgmental: [
      "You're being dramatic, it's been eight months.",
      "You always shut me out. At least he's not suffering anymore, you need to get over it.",
      "You should just see a therapist.",
    ],
  },
  'conflict-its-nothing': {
    attentive: [
      "It sounds like something has been weighing on you since our argument. I'd really like to hear how it was for you.",
      "I can see it's still bothering you. What was it about how it went that hurt?",
      "That makes sense. It sounds like what I said made you feel like your feelings were the problem. I'm sorry.",
      "Thank you for telling me. What was it like growing up when someone got upset?",
      "I'm glad you told me. How can I make it feel safer to bring things up?",
      "It makes sense that you went quiet. How are you feeling about it now?",
    ],
    judgmental: [
      "You always do this, you're sulking again.",
      "It's not a big deal, you're overreacting.",
      "You need to get over it.",
    ],
  },
  'low-self-esteem-promotion': {
    attentive: [
      "It sounds like it really hurt to be passed over. You wanted this one.",
      "That sounds really disappointing. What was it like hearing the news?",
      "It sounds like you've been feeling like it's never you. That must be so painful. What goes through your mind when you imagine telling me?",
      "That makes sense. I'm not disappointed in you at all. How are you feeling now?",
      "I'm glad you told me. What would help most tonight?",
    ],
    judgmental: [
      "You always let people walk all over you, that's your problem.",
      "It's just a job title, don't worry about it.",
      "You should just update your CV and move on.",
    ],
  },
  'fear-of-rejection-late': {
    attentive: [
      "I'm sorry I didn't text. It sounds like tonight was really hard for you.",
      "That must have been a long three hours. What went through your mind when it went to voicemail?",
      "It makes sense that the silence scared you. It sounds like it brought back something old. Can you tell me about it?",
      "Thank you for telling me. I'm not going anywhere. How are you feeling now?",
      "I'm here. What would help you feel safer when I'm out?",
    ],
    judgmental: [
      "You're being clingy and paranoid.",
      "You always overreact when I go out.",
      "Calm down, it was three hours.",
    ],
  },
  'betrayal-lunch': {
    attentive: [
      "I noticed you went quiet when I mentioned lunch. I'd really like to understand how it felt for you.",
      "It sounds like it touched something painful. That makes sense. What went through your mind?",
      "It sounds like you're scared of being hurt the way you were before. That must be so hard to carry. How has it been for you?",
      "I'm so sorry that happened to you. You're not paranoid. What would help you feel safe with me?",
      "Thank you for trusting me with that. I'm here. How are you feeling now?",
      "I really appreciate you telling me. What else is on your mind?",
      "It makes sense that it still hurts. What do you need from me right now?",
    ],
    judgmental: [
      "You're being jealous and insecure.",
      "You always accuse me of things, that's not fair.",
      "Get over it, it was just lunch.",
    ],
  },
  'childhood-hurt-bookshelf': {
    attentive: [
      "It looks like doing this yourself really matters to you. I'm not going to take over.",
      "I can see that asking for help is hard. What makes it hard to let someone help?",
      "That makes sense. It sounds like you learned early that you had to do everything alone. What was that like?",
      "That sounds so lonely for a kid. I'm so sorry. How does it feel talking about it now?",
      "Thank you for telling me. I'm here. What would feel okay to you right now?",
      "I'm glad you told me. Tell me more, if you want.",
    ],
    judgmental: [
      "You never let anyone help, you're being ridiculous.",
      "Just ask for help, it's not a big deal.",
      "You should rest your wrist and stop being ridiculous.",
    ],
  },
  'anxiety-cancelled-plans': {
    attentive: [
      "It seems like tonight feels really hard for you. You don't need a reason.",
      "That sounds scary. What's it like for you right before going out?",
      "It sounds like your body has been really on alert lately. That must be exhausting. What has it been like?",
      "I'm so glad you told me. That makes sense that you'd be scared. How are you feeling right now?",
      "I'm staying here with you. What would help tonight?",
    ],
    judgmental: [
      "You're being so dramatic, it's just dinner.",
      "It's just nerves, you'll be fine once you're there.",
      "You should just try breathing exercises.",
    ],
  },
  'work-stress-late-nights': {
    attentive: [
      "It looks like you're carrying a lot right now. I'm not here to stop you, I just want to be with you for a bit.",
      "This sounds really high-stakes. What's been weighing on you most this week?",
      "That sounds so hard, being asked to choose who goes. It sounds like you've been carrying it alone. How are you feeling about it?",
      "I'm so sorry. That makes sense you can't sleep. What scares you most?",
      "Thank you for telling me. I'm here. What would help right now?",
    ],
    judgmental: [
      "You're such a workaholic, you're never around.",
      "It's only a job, don't worry so much.",
      "You should just tell them no.",
    ],
  },
};
