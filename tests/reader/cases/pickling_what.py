from example_cases import Case

YES = (
    "module-level function",
    "functools.partial",
    "bound method",
    "callable instance",
    "staticmethod",
)

CASES = [
    Case(
        stdout=(
            r"^what +pickles +exception$",
            *(rf"^{what} +yes$" for what in YES),
            # A lambda in __main__ is looked up by name: there is none.
            r"^lambda +no +PicklingError$",
            # Python 3.14 raises PicklingError for local objects (gh-122311);
            # 3.10 to 3.13 raise AttributeError.
            r"^nested function +no +(?:AttributeError|PicklingError)$",
            r"^local class instance +no +(?:AttributeError|PicklingError)$",
            r"^threading\.Lock +no +TypeError$",
            r"^sqlite3\.Connection +no +TypeError$",
            r"^generator +no +TypeError$",
            r"^open file +no +TypeError$",
        ),
    ),
]
