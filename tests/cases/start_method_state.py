from example_cases import Case

_PARENT = r"^parent: setting is 'changed by the parent', {} thread\(s\) running$"
# A fork child is a copy of the parent's memory; the others import afresh.
_SEES = {
    "fork": r"^fork child: setting is 'changed by the parent' \(the parent's change\)",
    "spawn": r"^spawn child: setting is 'set at import' \(the import-time value\)",
    "forkserver": (
        r"^forkserver child: setting is 'set at import' \(the import-time value\)"
    ),
}

CASES = [
    *(
        Case(
            id=method,
            start_methods=(method,),
            stdout=(_PARENT.format(1), _SEES[method] + r", 1 thread\(s\) running$"),
        )
        for method in _SEES
    ),
    # Only the thread that called fork() exists in a fork child.
    *(
        Case(
            id=f"with-thread-{method}",
            args=("--with-thread",),
            start_methods=(method,),
            stdout=(_PARENT.format(2), _SEES[method] + r", 1 thread\(s\) running$"),
        )
        for method in _SEES
    ),
]
