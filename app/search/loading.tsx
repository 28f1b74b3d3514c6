export default function SearchLoading() {
  return (
    <div className="prose-column" aria-busy="true">
      <h1>Search</h1>
      <p role="status">Searching…</p>
    </div>
  )
}
