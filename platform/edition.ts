/**
 * Which edition this build is: the ordinary one (the guard is opt-in and asks for its permission), or the
 * organization edition (`WXT_EDITION=guard`), which declares the guard's host permission so a force-installed copy
 * needs no prompt, with the guard on by default.
 */
export const guardEdition: boolean = import.meta.env.WXT_EDITION === 'guard';
