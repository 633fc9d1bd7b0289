"""resolve stage: everything cross-article, over stored records.

`resolve_store(store)` places the people of articles not yet resolved into entities (one per real person),
applies the users' merge/split decisions, and groups syndicated copies into clusters. It is incremental:
call it after every ingest; a call with nothing new costs a few queries.
"""

from presstrace.resolve.run import DecisionError, find_entities, merge_entities, resolve_store, split_entity

__all__ = ["DecisionError", "find_entities", "merge_entities", "resolve_store", "split_entity"]
