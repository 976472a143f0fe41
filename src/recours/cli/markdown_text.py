"""The Markdown that Recours writes, drawn on the terminal as ``rich.markdown`` draws it, without
importing ``rich.markdown`` (and with it markdown-it, rich.table and rich.syntax: about 0.1 s
of each ``recours law analyse``).

The analysis writes a small part of Markdown: headings (``#``, ``##``, ``###``), paragraphs,
bullet lists (``- ``, nested by two spaces, continued by indented lines), ``**strong**`` and
```code``` spans. :func:`markdown_renderable` reads that part and builds the very renderables
``rich.markdown.Markdown`` builds (the same texts, spans, styles, bullets and blank lines), so
the output is byte for byte the same, plain or coloured (tested against ``rich.markdown`` on
the examples, tests/test_startup.py). Anything outside that part (links, emphasis with one
star or underscores, HTML, entities, escapes, tables, numbered lists, code blocks, lines that
end with spaces…) returns None: the caller then uses ``rich.markdown`` itself, so the answer
is never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.style import StyleStack
    from rich.text import Text

_BULLET = re.compile(r"^( *)- (\S.*)$")
_HEADING = re.compile(r"^(#{1,3}) (\S.*)$")
# a line that would open some other Markdown block, or a character with inline meaning
_OTHER_BLOCK = re.compile(r"^(?:[#>+=|<~-]|```|\*(?!\*\S)|\d{1,9}[.)](?:\s|$)|\[)")
_REFUSED_INLINE = re.compile(r"[\\<&~\t]|\]\(|!\[|\*\*\*")
_CODE = re.compile(r"`([^`\n]+)`")


@dataclass
class _List:
    ordered: bool
    start: int = 1
    items: list[_Item] = field(default_factory=list)


@dataclass
class _Item:
    lines: list[str]
    lists: list[_List] = field(default_factory=list)  # nested lists, in order


@dataclass
class _Block:
    kind: str  # "h1", "h2", "h3", "paragraph", "list"
    lines: list[str] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)


_ORDERED = re.compile(r"^(\d{1,9})\. (\S.*)$")


def _parse(text: str) -> list[_Block] | None:
    """Blocks of the text, or None outside the part of Markdown drawn here. Lists: top-level
    bullet items (``- ``), each holding bullet or numbered lists two spaces in, whose items
    hold no list; a line two spaces in continues the paragraph still open (CommonMark's lazy
    continuation: a numbered item's paragraph too); « 1. » opens a numbered list inside an
    open paragraph, another number does not (it is text)."""
    blocks: list[_Block] = []
    current: _Block | None = None  # the open paragraph or list
    top: _Item | None = None  # the open top-level item
    tail: _Item | None = None  # the item whose paragraph is open
    blank = True
    for line in text.split("\n"):
        if line != line.rstrip() or "\t" in line:
            return None  # trailing spaces: a hard break, or stripped; not drawn here
        if not line:
            if current is not None and current.kind == "paragraph":
                current = None
            blank, tail = True, None
            continue
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        bullet = _BULLET.match(line)
        if bullet and indent == 0:
            content = bullet.group(2)
            if _OTHER_BLOCK.match(content):
                return None
            if current is None or current.kind != "list":
                current = _Block("list")
                blocks.append(current)
            elif not blank and tail is None:
                return None
            top = tail = _Item([content])
            current.items.append(top)
            blank = False
            continue
        if indent == 0:
            if _OTHER_BLOCK.match(line) and not _HEADING.match(line):
                return None
            heading = _HEADING.match(line)
            if heading:
                content = heading.group(2)
                if content.endswith("#"):
                    return None
                blocks.append(_Block(f"h{len(heading.group(1))}", [content]))
                current, top, tail, blank = None, None, None, False
                continue
            if current is not None and current.kind == "list":
                if not blank:
                    return None  # a lazy continuation of the list's last item
                current, top, tail = None, None, None
            if current is None:
                current = _Block("paragraph")
                blocks.append(current)
            current.lines.append(line)
            blank = False
            continue
        # a line two spaces in: inside the open top-level item
        if indent != 2 or top is None or blank:
            return None
        bullet = _BULLET.match(stripped)
        ordered = _ORDERED.match(stripped)
        last = top.lists[-1] if top.lists else None
        if bullet:
            content = bullet.group(2)
            if _OTHER_BLOCK.match(content):
                return None
            if last is None or last.ordered:
                last = _List(False)
                top.lists.append(last)
            tail = _Item([content])
            last.items.append(tail)
        elif ordered and (int(ordered.group(1)) == 1 or (last is not None and last.ordered
                                                          and tail is not top)):
            content = ordered.group(2)
            if _OTHER_BLOCK.match(content) or (last is not None and last.ordered
                                               and tail is top):
                return None
            if last is None or not last.ordered:
                last = _List(True, int(ordered.group(1)))
                top.lists.append(last)
            tail = _Item([content])
            last.items.append(tail)
        else:
            # continuation of the open paragraph: the top item's at its own indentation, a
            # numbered item's lazily (two spaces in, less than its text's)
            if tail is None or (tail is not top and not (last is not None and last.ordered)):
                return None
            if tail is top and top.lists:
                return None
            if _OTHER_BLOCK.match(stripped) and not (ordered and tail is top):
                return None
            tail.lines.append(stripped)
    return blocks


def _inline(text: str) -> list[tuple[str, str | None]] | None:
    """The text's pieces as (kind, text): "text", "softbreak", "code", "strong_open",
    "strong_close"; None when it holds anything this module does not draw."""
    if _REFUSED_INLINE.search(text):
        return None
    pieces: list[tuple[str, str | None]] = []
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if not line or line[0].isspace() or line[-1].isspace():
            return None  # markdown-it strips Unicode spaces (U+00A0…) at a line's ends
        if number:
            pieces.append(("softbreak", None))
        if not _inline_line(line, pieces):
            return None
    return pieces


def _inline_line(line: str, pieces: list[tuple[str, str | None]]) -> bool:
    at = 0
    strong = False
    run = ""
    while at < len(line):
        char = line[at]
        if char == "`":
            if strong:
                return False
            found = _CODE.match(line, at)
            if not found or found.group(1) != found.group(1).strip():
                return False
            if run:
                pieces.append(("text", run))
                run = ""
            pieces.append(("code", found.group(1)))
            at = found.end()
            continue
        if char == "*":
            if not line.startswith("**", at):
                return False
            before = line[at - 1] if at else " "
            after = line[at + 2] if at + 2 < len(line) else " "
            # flanking as CommonMark reads it, kept to the plain cases: an opening pair after
            # a space (or the line's start) and before a visible character, a closing pair
            # after a visible character and before a space (or the line's end)
            if not strong and before == " " and not after.isspace() and after != "*":
                kind = "strong_open"
            elif strong and not before.isspace() and before != "*" and after == " ":
                kind = "strong_close"
            else:
                return False
            if kind == "strong_open" and line.find("**", at + 2) == -1:
                return False
            if run:
                pieces.append(("text", run))
                run = ""
            pieces.append((kind, None))
            strong = not strong
            at += 2
            continue
        if char == "_":
            before = line[at - 1] if at else " "
            after = line[at + 1] if at + 1 < len(line) else " "
            if not (before.isalnum() and after.isalnum()):
                return False
        run += char
        at += 1
    if strong:
        return False
    if run:
        pieces.append(("text", run))
    return True


class MarkdownText:
    """A renderable drawing parsed blocks as ``rich.markdown.Markdown`` does."""

    def __init__(self, blocks: list[_Block], inlines: dict[int, list[tuple[str, str | None]]]):
        self.blocks = blocks
        self.inlines = inlines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment
        from rich.style import StyleStack

        options = options.update(height=None)
        stack = StyleStack(console.get_style("none", default="none"))
        for index, block in enumerate(self.blocks):
            # rich.markdown draws a blank line before each block but the first, and before a
            # list even when first (its items' paragraphs have closed before it is drawn)
            if index or block.kind == "list":
                yield Segment.line()
            if block.kind == "list":
                yield from self._list(console, options, stack, block.items)
            else:
                yield from console.render(self._text(console, stack, block), options)

    def _text(self, console: Console, stack: StyleStack, block: _Block | _Item) -> Text:
        from rich.text import Text

        kind_of = block.kind if isinstance(block, _Block) else "item"
        heading = kind_of.startswith("h")
        style_name = f"markdown.{kind_of}" if heading else "markdown.paragraph"
        text = Text() if heading else Text(justify="left")
        stack.push(console.get_style(style_name, default="none"))
        for kind, piece in self.inlines[id(block)]:
            if kind == "text":
                text.append(piece or "", stack.current)
            elif kind == "softbreak":
                text.append(" ", stack.current)
            elif kind == "code":
                stack.push(console.get_style("markdown.code", default="none"))
                text.append(piece or "", stack.current)
                stack.pop()
            elif kind == "strong_open":
                stack.push(console.get_style("markdown.strong", default="none"))
            else:
                stack.pop()
        stack.pop()
        if heading:
            text.justify = "center" if kind_of == "h1" else "left"
        return text

    def _list(self, console: Console, options: ConsoleOptions, stack: StyleStack,
              items: list[_Item], ordered: bool = False, start: int = 1) -> RenderResult:
        """rich.markdown's ListElement: each item's paragraph and lists, drawn narrower by
        the bullet's (or the number's) width."""
        from rich.containers import Renderables
        from rich.segment import Segment

        last_number = start + len(items)
        number_width = len(str(last_number)) + 2
        for index, item in enumerate(items):
            stack.push(console.get_style("markdown.item", default="none"))
            item_style = stack.current
            elements: list[RenderableType] = [self._text(console, stack, item)]
            elements += [_Nested(self, stack, sub) for sub in item.lists]
            if ordered:
                render_options = options.update(width=options.max_width - number_width)
                style = console.get_style("markdown.item.number", default="none")
                first = Segment(f"{start + index}".rjust(number_width - 1) + " ", style)
                padding = Segment(" " * number_width, style)
            else:
                render_options = options.update(width=options.max_width - 3)
                style = console.get_style("markdown.item.bullet", default="none")
                first, padding = Segment(" • ", style), Segment(" " * 3, style)
            lines = console.render_lines(Renderables(elements), render_options, style=item_style)
            new_line = Segment("\n")
            for number, line in enumerate(lines):
                yield first if number == 0 else padding
                yield from line
                yield new_line
            stack.pop()


class _Nested:
    """A nested list, drawn inside its item's width (rich.markdown's ListElement)."""

    def __init__(self, owner: MarkdownText, stack: StyleStack, sub: _List) -> None:
        self.owner, self.stack, self.sub = owner, stack, sub

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self.owner._list(console, options, self.stack, self.sub.items,
                                    self.sub.ordered, self.sub.start)


def markdown_renderable(text: str) -> MarkdownText | None:
    """The text drawn as rich.markdown draws it, or None when it holds Markdown this module
    does not draw (then use ``rich.markdown.Markdown``)."""
    blocks = _parse(text)
    if blocks is None:
        return None
    inlines: dict[int, list[tuple[str, str | None]]] = {}

    def add(block: _Block | _Item) -> bool:
        pieces = _inline("\n".join(block.lines))
        if pieces is None:
            return False
        inlines[id(block)] = pieces
        return all(add(child) for sub in getattr(block, "lists", ()) for child in sub.items)

    for block in blocks:
        targets: list[_Block | _Item] = list(block.items) if block.kind == "list" else [block]
        if not all(add(target) for target in targets):
            return None
    return MarkdownText(blocks, inlines)


def print_markdown(console: Console, text: str) -> None:
    """Print Markdown on the console as ``rich.markdown.Markdown`` would."""
    renderable: object = markdown_renderable(text)
    if renderable is None:
        from rich.markdown import Markdown

        renderable = Markdown(text)
    console.print(renderable)
