# Builds okrcoach in release mode and installs it like any other command-line tool.
#
#   make                      build the program, its shell completions and man pages
#   make install              install under PREFIX (default /usr/local)
#   make install DESTDIR=/tmp/stage PREFIX=/usr   stage an install for a package
#   make uninstall            remove what `make install` put there (same PREFIX and DESTDIR)
#
# The installed program finds its data in PREFIX/share/okrcoach (../share/okrcoach beside bin/).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR = $(DESTDIR)$(PREFIX)/bin
DATADIR = $(DESTDIR)$(PREFIX)/share/okrcoach
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# What `make` builds and `make install` copies: the program, its completions and man pages.
STAGE = .build/install-stage
PROGRAM = $(STAGE)/okrcoach

.PHONY: all build completions man install install-files uninstall clean-stage

all: build
	$(MAKE) completions man

# The release binary, copied out of SwiftPM's folder so the later steps share one path. The Swift
# runtime and Foundation are linked in: the program then needs no Swift installed, and each start
# skips loading and relocating their shared libraries (about 3 ms of a 12 ms `okrcoach check`).
build:
	$(SWIFT) build -c release --static-swift-stdlib --product okrcoach
	mkdir -p $(STAGE)
	cp "$$($(SWIFT) build -c release --show-bin-path)/okrcoach" $(PROGRAM)

# Completion scripts, written by ArgumentParser from the staged program's own options.
completions:
	mkdir -p $(STAGE)/completions
	$(PROGRAM) --generate-completion-script bash > $(STAGE)/completions/okrcoach.bash
	$(PROGRAM) --generate-completion-script zsh > $(STAGE)/completions/_okrcoach
	$(PROGRAM) --generate-completion-script fish > $(STAGE)/completions/okrcoach.fish

# One man page per command from ArgumentParser's generate-manual plugin, which builds the
# package in release mode and runs the program. The plugin names them okrcoach.check.1;
# they are renamed okrcoach-check.1, as git's are, so that `man okrcoach-check` finds them,
# and a blank line between paragraphs becomes mdoc's paragraph break.
man:
	$(SWIFT) package generate-manual --multi-page
	rm -rf $(STAGE)/man
	mkdir -p $(STAGE)/man
	find .build/plugins -path '*GenerateManual*' -name 'okrcoach*.1' -exec cp {} $(STAGE)/man/ \;
	test -f $(STAGE)/man/okrcoach.1
	cd $(STAGE)/man && for page in okrcoach*.1; do \
	    sed -e '/^\.Xr /s/okrcoach\./okrcoach-/' -e '/^\.Dt /s/OKRCOACH\./OKRCOACH-/' -e 's/^$$/.Pp/' "$$page" > "$$page.new" \
	        && rm "$$page" && mv "$$page.new" "$$(echo "$$page" | sed 's/^okrcoach\.\(.*\.1\)$$/okrcoach-\1/')"; \
	done
	test -f $(STAGE)/man/okrcoach-check.1

install: all
	$(MAKE) install-files

# Copies what is staged; `make install` stages it first.
install-files:
	test -x "$(PROGRAM)"
	install -d "$(BINDIR)" "$(DATADIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 "$(PROGRAM)" "$(BINDIR)/okrcoach"
	rm -rf "$(DATADIR)/locales" "$(DATADIR)/prompts"
	cp -R locales prompts "$(DATADIR)/"
	chmod -R u=rwX,go=rX "$(DATADIR)"
	if [ -d "$(STAGE)/man" ]; then install -m 644 "$(STAGE)"/man/*.1 "$(MANDIR)/"; fi
	install -m 644 "$(STAGE)/completions/okrcoach.bash" "$(BASHDIR)/okrcoach"
	install -m 644 "$(STAGE)/completions/_okrcoach" "$(ZSHDIR)/_okrcoach"
	install -m 644 "$(STAGE)/completions/okrcoach.fish" "$(FISHDIR)/okrcoach.fish"

uninstall:
	rm -f "$(BINDIR)/okrcoach"
	rm -rf "$(DATADIR)"
	rm -f "$(MANDIR)/okrcoach.1" "$(MANDIR)"/okrcoach-*.1
	rm -f "$(BASHDIR)/okrcoach" "$(ZSHDIR)/_okrcoach" "$(FISHDIR)/okrcoach.fish"

clean-stage:
	rm -rf $(STAGE)
