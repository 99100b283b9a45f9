/** A typed reply: always available (quiet places, accessibility), scored the same way. Ctrl+Enter sends. */
export function TypedReply({ text, onChange, onSend }: { text: string; onChange(text: string): void; onSend(text: string): void }) {
  const send = (): void => {
    if (text.trim()) onSend(text.trim());
  };
  return (
    <form
      className="typed"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor="typed-reply">Or type your reply</label>
      <textarea
        id="typed-reply"
        rows={3}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
      />
      <button type="submit" disabled={!text.trim()}>
        Send reply
      </button>
    </form>
  );
}
