/** What an island is told about a lesson: plain data, rendered on the server first. */
export interface LessonLink {
  readonly slug: string;
  readonly href: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  /** The language of the title and summary, when it differs from the page's. */
  readonly lang?: string;
}
