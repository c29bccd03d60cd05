export default function NotFound() {
  return (
    <>
      <h1>Sidan hittades inte</h1>
      <p>Sidan finns inte, eller så är den inte publicerad ännu.</p>
      <ul>
        <li>
          <a href="/moten">Se alla möten</a>
        </li>
        <li>
          <a href="/">Till startsidan</a>
        </li>
      </ul>
    </>
  )
}
