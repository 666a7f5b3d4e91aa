#ifndef OKRCOACH_LINE_EDITING_H
#define OKRCOACH_LINE_EDITING_H

/// The parts of GNU readline that are mutable globals, behind plain functions,
/// because Swift 6 refuses to touch them directly. Reading lines and history
/// go through the CReadline module.

/// Names the program for ~/.inputrc, and installs completion and the Ctrl-C handler.
void okr_line_editing_start(void);

/// The words that Tab completes (the slash commands, "/help", "/show"...); copied.
void okr_line_editing_set_completions(const char *const *words, int count);

#endif
