import { useState } from 'react';

/** "Predict, then reveal": the user rates their own reply before seeing the score. */
export function PredictPrompt({ onSubmit }: { onSubmit(rating: number): void }) {
  const [rating, setRating] = useState(50);
  return (
    <form
      className="predict"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(rating);
      }}
    >
      <label htmlFor="predict-range">How well do you think that reply listened? (0–100)</label>
      <input id="predict-range" type="range" min={0} max={100} step={5} value={rating} onChange={(e) => setRating(Number(e.target.value))} />
      <output htmlFor="predict-range">{rating}</output>
      <button type="submit" className="primary">
        Reveal my score
      </button>
    </form>
  );
}
