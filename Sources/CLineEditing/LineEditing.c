#include "CLineEditing.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <readline/history.h>
#include <readline/readline.h>

static char **completion_words = NULL;
static int completion_count = 0;

void okr_line_editing_set_completions(const char *const *words, int count) {
    for (int i = 0; i < completion_count; i++) free(completion_words[i]);
    free(completion_words);
    completion_words = calloc((size_t)count, sizeof(char *));
    completion_count = completion_words ? count : 0;
    for (int i = 0; i < completion_count; i++) completion_words[i] = strdup(words[i]);
}

static char *next_completion(const char *text, int state) {
    static int index;
    static size_t length;
    if (state == 0) {
        index = 0;
        length = strlen(text);
    }
    while (index < completion_count) {
        const char *word = completion_words[index++];
        if (strncmp(word, text, length) == 0) return strdup(word);
    }
    return NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)end;
    rl_attempted_completion_over = 1;
    // Commands are completed at the start of the line only.
    if (start != 0) return NULL;
    return rl_completion_matches(text, next_completion);
}

/// Ctrl-C clears the line being typed and keeps the session.
static void interrupt(int signal) {
    (void)signal;
    int saved = errno;
    (void)!write(STDOUT_FILENO, "\n", 1);
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_redisplay();
    errno = saved;
}

/// Readline reads what is typed in the character set of the locale named by LC_ALL, LC_CTYPE or
/// LANG. When that locale is not installed (LANG=nb_NO.UTF-8 on a system with only C.UTF-8), or
/// is not UTF-8, it reads bytes: the first byte of Ø (0xC3) becomes Meta-C, and the letter is
/// lost. What the terminal sends and okrcoach prints is UTF-8, so fall back to C.UTF-8 for the
/// character set, where readline will look for it.
static void use_utf8_characters(void) {
    const char *locale = setlocale(LC_CTYPE, "");
    const char *codeset = locale ? nl_langinfo(CODESET) : NULL;
    if (codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return;
    if (!setlocale(LC_CTYPE, "C.UTF-8")) return;
    const char *all = getenv("LC_ALL");
    setenv(all && *all ? "LC_ALL" : "LC_CTYPE", "C.UTF-8", 1);
}

void okr_line_editing_start(void) {
    use_utf8_characters();
    rl_readline_name = "okrcoach";
    rl_attempted_completion_function = complete;
    rl_basic_word_break_characters = " \t\n";
    rl_catch_signals = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
    // The process may start with SIGINT blocked; the thread that reads lines must receive it.
    sigset_t interrupts;
    sigemptyset(&interrupts);
    sigaddset(&interrupts, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupts, NULL);
}

