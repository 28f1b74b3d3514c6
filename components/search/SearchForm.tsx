import styles from './SearchForm.module.css'

type SearchFormProps = { query: string }

/** A plain GET form: works without JS and every result page has a shareable URL. */
export function SearchForm({ query }: SearchFormProps) {
  return (
    <form role="search" action="/search" method="get" className={styles.form}>
      <label htmlFor="search-query" className={styles.label}>
        Search articles
      </label>
      <div className={styles.row}>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          autoComplete="off"
          className={styles.input}
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
    </form>
  )
}
