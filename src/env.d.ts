/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the lesson page for the MDX components inside it. */
    lesson?: import('./components/mdx/validate').LessonContext;
  }
}
