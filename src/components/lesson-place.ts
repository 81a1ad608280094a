import { PROGRESS_KEY } from '../stores/progress';

/**
 * Shows a lesson's "continue where you left off" before the first paint when
 * this browser keeps a place in it, so that the prompt never pushes the lesson
 * down once it is on screen. It runs inline, right after the prompt (hidden
 * as rendered) and the "On this page" list it takes the section from. Storage
 * is not validated here: whatever it holds is only used if it names a link of
 * the list, and src/scripts/lesson-place.ts corrects the guess from the
 * validated progress once it is read (the same rule, src/lib/progress/place.ts).
 */
export const LESSON_PLACE_PRE_PAINT = `try{var c=document.getElementById('lesson-continue'),r=JSON.parse(localStorage.getItem(${JSON.stringify(PROGRESS_KEY)})).l[c.dataset.lesson],p=r.p,a=document.querySelectorAll('#on-this-page a')[p];if(!location.hash&&r.c===void 0&&typeof p=='number'&&p>0&&a){c.querySelector('a').href=a.getAttribute('href');c.querySelector('.continue__section').textContent=a.textContent;c.hidden=false}}catch(e){}`;
