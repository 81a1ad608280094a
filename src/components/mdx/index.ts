/** The components a lesson can use without importing them (handed to <Content components={…} />). */
import Disagree from './Disagree.astro';
import DoDont from './DoDont.astro';
import FacilitatorNotes from './FacilitatorNotes.astro';
import Figure from './Figure.astro';
import KeyPoint from './KeyPoint.astro';
import LessonLink from './LessonLink.astro';
import Stat from './Stat.astro';
import Steps from './Steps.astro';
import Story from './Story.astro';
import Takeaways from './Takeaways.astro';
import Term from './Term.astro';
import TryIt from './TryIt.astro';

export const lessonComponents = { Disagree, DoDont, FacilitatorNotes, Figure, KeyPoint, LessonLink, Stat, Steps, Story, Takeaways, Term, TryIt };
