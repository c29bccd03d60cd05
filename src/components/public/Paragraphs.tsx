/** Plain text from a textarea as paragraphs: a blank line starts a new one. */
export function Paragraphs({ text }: { text: string | null | undefined }) {
  if (!text?.trim()) return null
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  )
}
