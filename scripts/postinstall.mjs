// Placeholder until the speech pipeline lands: the real step fetches the default Whisper model.
console.log('attune: model fetch not wired yet');
