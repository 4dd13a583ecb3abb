from example_cases import Case

# A fork child is a copy of the parent's memory; the others import afresh.
_SEES = {
    "fork": r"^fork child: setting is 'changed by the parent' \(the parent's change\)$",
    "spawn": r"^spawn child: setting is 'set at import' \(the import-time value\)$",
    "forkserver": (
        r"^forkserver child: setting is 'set at import' \(the import-time value\)$"
    ),
}

CASES = [
    Case(
        id=method,
        start_methods=(method,),
        stdout=(r"^parent: setting is 'changed by the parent'$", _SEES[method]),
    )
    for method in _SEES
]
