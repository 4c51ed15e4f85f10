// GitKit: the only module that touches libgit2.
