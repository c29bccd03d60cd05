/** Tells the visitor what in the address could not be used, without failing the page. */
export function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null
  return (
    <div className="notice" role="status">
      <p>Något i adressen kunde inte användas:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  )
}
