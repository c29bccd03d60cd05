import { NotFoundContent } from '@/components/public/NotFound'

/** Shown by client navigation; the server's HTML for a missing document comes from NotFoundPage (see there). */
export default function NotFound() {
  return <NotFoundContent />
}
