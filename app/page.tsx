export default function HomePage() {
  return (
    <main id="content" tabIndex={-1}>
      <h1>The Meridian Review</h1>
      <p>The reader pages arrive with the content model.</p>
    </main>
  )
}
