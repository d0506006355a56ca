"""One contract, two stores: the same tests run on SQLite and on DynamoDB (moto)."""
from __future__ import annotations

import ast
import re
import threading
from pathlib import Path
from typing import Any

import pytest

from chalicelib.errors import REFUSALS, InvalidInput, refusal_error
from chalicelib.store.refusals import Refused
from chalicelib.store.repository import DailyCap, MemoryLimits, Store, memory_size
from chalicelib.store.table import (
    Check, Cond, ConditionFailed, Delete, Put, Update, decode_cursor, encode_cursor,
)

SMALL = MemoryLimits(count=3, chars=1_000)
ROOMY = MemoryLimits(count=99, chars=1_000_000)
STORE_CODE = Path(__file__).resolve().parents[2] / "chalicelib" / "store"

TRICKY_TEXTS = [
    "Vovó disse: “não esqueça de mim” 💛",
    "e\u0301 combining acute vs é precomposed",
    "\u200fمرحبا\u200f right-to-left marks",
    "emoji family 👨‍👩‍👧‍👦 and flags 🇧🇷",
    "tabs\tand\nnew lines\r\n",
    "zero width\u200bjoiner\u200d",
]


class StoreContract:
    """Tests every backend must pass; subclasses provide `table`."""

    @pytest.fixture
    def store(self, table) -> Store:
        return Store(table)

    # -- the table primitives --------------------------------------------------------------

    def test_put_get_round_trips_text_exactly(self, table) -> None:
        for i, text in enumerate(TRICKY_TEXTS):
            item = {"PK": "P#1", "SK": f"T#{i}", "text": text, "n": 3, "f": 0.25,
                    "nested": {"list": [1, "a", None, True]}}
            table.write([Put(item)])
            assert table.get("P#1", f"T#{i}") == item

    def test_get_missing_is_none(self, table) -> None:
        assert table.get("P#nope", "META") is None

    def test_put_if_absent_refuses_second_writer(self, table) -> None:
        table.write([Put({"PK": "P", "SK": "S", "v": 1}, if_absent=True)])
        with pytest.raises(ConditionFailed):
            table.write([Put({"PK": "P", "SK": "S", "v": 2}, if_absent=True)])
        assert table.get("P", "S")["v"] == 1

    def test_transaction_is_all_or_nothing(self, table) -> None:
        table.write([Put({"PK": "P", "SK": "A", "n": 0})])
        with pytest.raises(ConditionFailed) as failed:
            table.write([Put({"PK": "P", "SK": "B"}, reason="b_taken"),
                         Update("P", "A", add={"n": 1}, conditions=(Cond("n", ">", 5),),
                                reason="a_too_small")])
        assert failed.value.reason == "a_too_small"
        assert table.get("P", "B") is None and table.get("P", "A")["n"] == 0

    @pytest.mark.parametrize("alone", [True, False], ids=["alone", "in_a_transaction"])
    def test_a_failed_condition_carries_its_operations_reason(self, table, alone) -> None:
        """Each kind of write, alone (DynamoDB's single-item calls) or in a transaction."""
        table.write([Put({"PK": "P", "SK": "A", "n": 1})])
        failing = [Put({"PK": "P", "SK": "A"}, if_absent=True, reason="put"),
                   Update("P", "A", set={"s": 1}, conditions=(Cond("n", "=", 2),),
                          reason="update"),
                   Update("P", "none", add={"n": 1}, reason="update_missing"),
                   Delete("P", "none", must_exist=True, reason="delete"),
                   Check("P", "A", (Cond("n", ">", 1),), reason="check"),
                   Check("P", "none", reason="check_missing")]
        for op in failing:
            ops = [op] if alone else [Put({"PK": "Q", "SK": "fine"}), op]
            with pytest.raises(ConditionFailed) as failed:
                table.write(ops)
            assert failed.value.reason == op.reason
        assert table.get("Q", "fine") is None
        with pytest.raises(ConditionFailed) as unnamed:
            table.write([Put({"PK": "P", "SK": "A"}, if_absent=True)])
        assert unnamed.value.reason is None

    def test_update_adds_sets_removes_and_needs_item(self, table) -> None:
        table.write([Put({"PK": "P", "SK": "A", "n": 1, "gone": "x"})])
        table.write([Update("P", "A", set={"s": "y"}, add={"n": 2, "m": 1}, remove=("gone",))])
        assert table.get("P", "A") == {"PK": "P", "SK": "A", "n": 3, "m": 1, "s": "y"}
        with pytest.raises(ConditionFailed):
            table.write([Update("P", "missing", add={"n": 1})])
        table.write([Update("P", "new", add={"n": 1}, create=True)])
        assert table.get("P", "new")["n"] == 1

    def test_conditional_counter_never_passes_its_limit_under_racing_writers(self, table) -> None:
        table.write([Put({"PK": "P", "SK": "C", "n": 0})])
        wins = []

        def bump() -> None:
            for _ in range(10):
                try:
                    table.write([Update("P", "C", add={"n": 1}, conditions=(Cond("n", "<", 15),))])
                    wins.append(1)
                except ConditionFailed:
                    pass

        threads = [threading.Thread(target=bump) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert table.get("P", "C")["n"] == 15 and len(wins) == 15

    def test_counter_with_a_cap_starts_from_nothing(self, table) -> None:
        cap = (Cond("n", "<", 2, or_absent=True),)
        for _ in range(2):
            table.write([Update("U", "DAY", add={"n": 1}, conditions=cap, create=True)])
        with pytest.raises(ConditionFailed):
            table.write([Update("U", "DAY", add={"n": 1}, conditions=cap, create=True)])
        assert table.get("U", "DAY")["n"] == 2

    def test_delete_must_exist_and_check(self, table) -> None:
        with pytest.raises(ConditionFailed):
            table.write([Delete("P", "none", must_exist=True)])
        table.write([Put({"PK": "P", "SK": "A", "n": 1}), Put({"PK": "P", "SK": "B"})])
        with pytest.raises(ConditionFailed):
            table.write([Check("P", "A", (Cond("n", "=", 2),)), Delete("P", "B")])
        assert table.get("P", "B") is not None
        table.write([Check("P", "A", (Cond("n", "=", 1),)), Delete("P", "B")])
        assert table.get("P", "B") is None

    def test_two_operations_on_one_item_are_refused(self, table) -> None:
        with pytest.raises(ValueError):
            table.write([Put({"PK": "P", "SK": "A"}), Delete("P", "A")])

    def test_query_pages_in_order_with_prefix_both_directions(self, table) -> None:
        for i in range(25):
            table.write([Put({"PK": "P", "SK": f"M#{i:03d}"})])
        table.write([Put({"PK": "P", "SK": "META"}), Put({"PK": "Q", "SK": "M#000"})])
        for forward in (True, False):
            seen, start = [], None
            while True:
                page = table.query("P", prefix="M#", limit=10, start=start, forward=forward)
                seen += [i["SK"] for i in page.items]
                if page.last_key is None:
                    break
                assert len(page.items) == 10
                start = page.last_key
            expected = [f"M#{i:03d}" for i in range(25)]
            assert seen == (expected if forward else expected[::-1])

    def test_exact_page_boundary_has_no_empty_next_page(self, table) -> None:
        for i in range(10):
            table.write([Put({"PK": "P", "SK": f"M#{i}"})])
        page = table.query("P", prefix="M#", limit=10)
        assert len(page.items) == 10 and page.last_key is None

    def test_index_query_pages(self, table) -> None:
        for i in range(7):
            table.write([Put({"PK": f"X#{i}", "SK": "META", "GSI1PK": "U#1",
                              "GSI1SK": f"K#{i}"})])
        table.write([Put({"PK": "X#9", "SK": "META", "GSI1PK": "U#2", "GSI1SK": "K#0"})])
        first = table.query("U#1", prefix="K#", index=True, limit=4)
        second = table.query("U#1", prefix="K#", index=True, limit=4, start=first.last_key)
        assert [i["PK"] for i in first.items + second.items] == [f"X#{i}" for i in range(7)]
        assert second.last_key is None

    def test_batch_get_returns_existing_only(self, table) -> None:
        table.write([Put({"PK": "A", "SK": "1"}), Put({"PK": "B", "SK": "1"})])
        found = table.batch_get([("A", "1"), ("B", "1"), ("C", "1")])
        assert sorted(i["PK"] for i in found) == ["A", "B"]

    def test_delete_keys_many(self, table) -> None:
        keys = [("P", f"K#{i:03d}") for i in range(60)]
        for pk, sk in keys:
            table.write([Put({"PK": pk, "SK": sk})])
        table.delete_keys(keys)
        assert table.query("P").items == []

    def test_oversized_item_refused_before_writing(self, table) -> None:
        with pytest.raises(Refused) as refused:
            table.write([Put({"PK": "P", "SK": "big", "text": "💛" * 60_000})])
        assert refused.value.reason == "record_too_large"
        assert table.get("P", "big") is None

    # -- the domain store --------------------------------------------------------------------

    def _persona(self, store: Store, pid: str = "p" * 22, owner: str = "owner-1") -> None:
        store.create_persona(
            {"id": pid, "name": "Antônio", "language": "pt-BR", "version": 1,
             "memory_count": 0, "consent": {"basis": "self"}, "created_at": "t"},
            {"user_id": owner, "role": "owner", "name": "A", "email": "a@x", "joined_at": "t"})

    # -- the saved search index ---------------------------------------------------------------

    @staticmethod
    def _index_keys(store: Store, pid: str) -> list[tuple[str, str]]:
        from chalicelib.store.table import query_all
        return [(i["PK"], i["SK"]) for i in query_all(store.table, "PERSONA#" + pid,
                                                       prefix="INDEX#")]

    def test_each_memory_write_is_numbered_and_logged(self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        assert store.add_memory(pid, {"id": "a", "text": "x", "created_at": "t1"}, ROOMY,
                                revision=0) == 1
        store.update_memory(pid, "a", {"text": "y"}, 0, ROOMY, revision=1)
        store.add_memory(pid, {"id": "b", "text": "z", "created_at": "t2"}, ROOMY)  # reads it
        store.delete_memory(pid, {"id": "a", "text": "y"}, revision=3)
        assert store.get_persona(pid)["memory_revision"] == 4
        assert store.saved_index(pid) == (None, [(1, "a"), (2, "a"), (3, "b"), (4, "a")])

    def test_a_memory_write_on_an_old_revision_is_refused_and_changes_nothing(
            self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        store.add_memory(pid, {"id": "a", "text": "x", "created_at": "t1"}, ROOMY, revision=0)
        for write in (
                lambda: store.add_memory(pid, {"id": "b", "text": "z", "created_at": "t2"},
                                         ROOMY, revision=0),
                lambda: store.update_memory(pid, "a", {"text": "y"}, 0, ROOMY, revision=0),
                lambda: store.delete_memory(pid, {"id": "a", "text": "x"}, revision=0)):
            with pytest.raises(Refused, match="^memories_moved$"):
                write()
        assert store.get_memory(pid, "b") is None
        assert store.get_memory(pid, "a")["text"] == "x"
        persona = store.get_persona(pid)
        assert (persona["memory_revision"], persona["memory_count"]) == (1, 1)
        assert store.saved_index(pid)[1] == [(1, "a")]

    def test_a_saved_index_spans_several_items_and_replaces_the_older_one(
            self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        for n in range(3):
            store.add_memory(pid, {"id": f"m{n}", "text": "x", "created_at": f"t{n}"}, ROOMY)
        big = bytes(range(256)) * 1_500  # 384 KB: three items
        store.save_index(pid, 2, big)
        assert store.saved_index(pid) == (big, [(3, "m2")])
        store.save_index(pid, 3, b"newer")
        assert store.saved_index(pid) == (b"newer", [])
        store.save_index(pid, 1, b"late and older")  # a slow writer: does not win
        assert store.saved_index(pid) == (b"newer", [])
        kept = [sk for _, sk in self._index_keys(store, pid)]
        assert len(kept) == 2 and kept[0] == "INDEX#META"
        assert kept[1].startswith("INDEX#PART#0000000003#") and kept[1].endswith("#0000")
        store.delete_persona(pid)
        assert store.saved_index(pid) == (None, [])

    def test_two_saves_of_one_revision_never_take_each_others_pieces(self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        for n in range(2):
            store.add_memory(pid, {"id": f"m{n}", "text": "x", "created_at": f"t{n}"}, ROOMY)
        first = bytes(range(256)) * 1_500  # three items
        store.save_index(pid, 2, first)
        store.save_index(pid, 2, b"the same revision, saved by another process")  # too late
        assert store.saved_index(pid) == (first, [])  # the first one's pieces are all there

    def test_an_index_saved_before_saves_had_keys_of_their_own_is_read(
            self, store: Store) -> None:
        from chalicelib.store import keys
        from chalicelib.store.table import Put, Update
        pid = "p" * 22
        self._persona(store)
        store.add_memory(pid, {"id": "m0", "text": "x", "created_at": "t0"}, ROOMY)
        pk, sk = keys.index_part(pid, 1, 0)
        store.table.write([Put({"PK": pk, "SK": sk, "kind": "index_part", "data": "b2xk"})])
        store.table.write([Update(*keys.index_meta(pid), create=True, set={
            "kind": "index_meta", "revision": 1, "parts": 1, "bytes": 3})])
        assert store.saved_index(pid) == (b"old", [])

    def test_memory_limit_is_enforced_atomically(self, store: Store) -> None:
        self._persona(store)
        for i in range(3):
            store.add_memory("p" * 22, {"id": f"m{i}", "text": "x", "created_at": f"t{i}"}, SMALL)
        with pytest.raises(Refused) as full:
            store.add_memory("p" * 22, {"id": "m9", "text": "x", "created_at": "t9"}, SMALL)
        assert (full.value.reason, full.value.facts) == ("memories_full",
                                                          {"count": 3, "chars": 1_000})
        assert store.get_persona("p" * 22)["memory_count"] == 3
        assert store.get_persona("p" * 22)["version"] == 4
        with pytest.raises(Refused) as missing:
            store.add_memory("q" * 22, {"id": "m1", "text": "x", "created_at": "t"}, SMALL)
        assert missing.value.reason == "persona_missing"

    def test_memory_text_total_is_bounded_and_follows_edits_and_deletes(self, store) -> None:
        self._persona(store)
        limits = MemoryLimits(count=99, chars=10)
        store.add_memory("p" * 22, {"id": "a", "text": "12345", "created_at": "t1"}, limits)
        with pytest.raises(Refused, match="^memories_full$"):
            store.add_memory("p" * 22, {"id": "b", "text": "123456", "created_at": "t2"}, limits)
        with pytest.raises(Refused, match="^memories_full$"):
            store.update_memory("p" * 22, "a", {"text": "12345678901"}, 6, limits)
        store.delete_memory("p" * 22, {"id": "a", "text": "12345"})
        store.add_memory("p" * 22, {"id": "b", "text": "1234567890", "created_at": "t2"},
                         limits)
        assert store.get_persona("p" * 22)["memory_chars"] == 10

    def test_memories_list_newest_first_with_opaque_cursor(self, store: Store) -> None:
        self._persona(store)
        for i in range(5):
            store.add_memory("p" * 22, {"id": f"m{i}", "text": "x", "created_at": f"t{i}"}, ROOMY)
        first = store.list_memories("p" * 22, None, 3)
        second = store.list_memories("p" * 22, first["next_cursor"], 3)
        assert [m["id"] for m in first["items"] + second["items"]] == \
            ["m4", "m3", "m2", "m1", "m0"]
        assert second["next_cursor"] is None
        with pytest.raises(Refused, match="^bad_cursor$"):  # from another persona's list
            store.list_memories("q" * 22, first["next_cursor"], 3)

    def test_no_conversation_starts_without_a_role(self, store: Store) -> None:
        """The role is checked in the conversation's own write: one started from another tab
        while an erasure or a revocation removes the role cannot land."""
        self._persona(store)
        conversation = {"id": "c" * 22, "persona_id": "p" * 22, "user_id": "stranger",
                        "visitor_name": "X", "relationship": "", "created_at": "t",
                        "updated_at": "t"}
        with pytest.raises(Refused, match="^persona_missing$"):
            store.create_conversation(conversation, None)
        assert store.get_conversation("c" * 22) is None

    def test_an_erasure_mark_refuses_only_tokens_issued_before_it(self, store: Store) -> None:
        import time
        now = int(time.time())
        assert not store.was_erased("u1", now)
        store.mark_erased("u1", now, now + 3600)
        assert store.was_erased("u1", now - 10) and store.was_erased("u1", now)
        assert not store.was_erased("u1", now + 1)  # signed in again afterwards
        assert not store.was_erased("u2", now - 10)
        store.mark_erased("u3", now, now - 1)  # past its expiry: tokens are dead anyway
        assert not store.was_erased("u3", now - 10)

    def test_invite_uses_are_bounded(self, store: Store) -> None:
        self._persona(store)
        invite = {"persona_id": "p" * 22, "role": "visitor", "max_uses": 1, "uses": 0,
                  "expires_epoch": 4_000_000_000, "created_at": "t"}
        store.create_invite("h" * 64, invite)
        member = {"role": "visitor", "name": "B", "email": "b@x", "joined_at": "t"}
        store.accept_invite("h" * 64, invite, {**member, "user_id": "u1"}, 1)
        with pytest.raises(Refused, match="^invite_used_up$"):
            store.accept_invite("h" * 64, invite, {**member, "user_id": "u2"}, 1)
        assert store.get_membership("p" * 22, "u2") is None

    def test_expired_invite_is_refused_by_the_store_itself(self, store: Store) -> None:
        self._persona(store)
        invite = {"persona_id": "p" * 22, "role": "visitor", "max_uses": 5, "uses": 0,
                  "expires_epoch": 100, "created_at": "t"}
        store.create_invite("h" * 64, invite)
        with pytest.raises(Refused, match="^invite_used_up$"):
            store.accept_invite("h" * 64, invite, {"user_id": "u1", "role": "visitor"}, 200)

    def test_a_pending_invite_is_found_by_its_email_until_used_cancelled_or_expired(
            self, store: Store) -> None:
        """Invite-only sign-up (chalicelib/account.py) asks this; only the address's hash is
        kept, and an invite without an address is found by no address."""
        self._persona(store)
        invite = {"persona_id": "p" * 22, "role": "visitor", "max_uses": 1, "uses": 0,
                  "expires_epoch": 4_000_000_000, "created_at": "t"}
        store.create_invite("a" * 64, invite, "Bea@Example.com")
        store.create_invite("b" * 64, invite)
        assert store.has_pending_invite("bea@example.com", 1)
        assert not store.has_pending_invite("other@example.com", 1)
        assert not store.has_pending_invite("bea@example.com", 4_000_000_000)  # expired
        stored = store.table.get("INVITE#" + "a" * 64, "META")
        assert "bea@example.com" not in repr(stored).lower()
        store.accept_invite("a" * 64, invite, {"user_id": "u1", "role": "visitor"}, 1)
        assert not store.has_pending_invite("bea@example.com", 1)  # used up
        store.create_invite("c" * 64, invite, "cid@example.com")
        assert store.cancel_invite("p" * 22, "c" * 64, "t")
        assert not store.has_pending_invite("cid@example.com", 1)  # cancelled
        store.create_invite("d" * 64, invite, "dee@example.com")
        store.delete_persona("p" * 22)
        assert not store.has_pending_invite("dee@example.com", 1)  # erased with its persona

    def test_a_local_login_is_looked_up_without_being_made(self, store: Store) -> None:
        assert store.local_user("new@example.com") is None
        assert store.local_user("new@example.com") is None  # asking made nothing
        user_id = store.local_user_id("new@example.com", "u-new", "t")
        assert store.local_user("new@example.com") == user_id == "u-new"

    def test_second_membership_is_refused(self, store: Store) -> None:
        self._persona(store)
        with pytest.raises(Refused, match="^already_member$"):
            store.add_member("p" * 22, {"user_id": "owner-1", "role": "visitor"})

    # -- the store's named refusals -------------------------------------------------------

    def _conversation(self, store: Store, cid: str = "c" * 22) -> str:
        self._persona(store)
        store.create_conversation({"id": cid, "persona_id": "p" * 22, "user_id": "owner-1",
                                   "created_at": "t"}, None)
        return cid

    @staticmethod
    def _message(client_id: str = "client-0001") -> dict[str, Any]:
        return {"id": "m" * 22, "role": "visitor", "text": "oi", "client_message_id": client_id,
                "created_at": "2026-11-30T10:00:00.000Z", "status": "pending"}

    @staticmethod
    def _cap(limit: int) -> DailyCap:
        return DailyCap(user_id="owner-1", day="2026-11-30", limit=limit,
                        expires_epoch=4_000_000_000, retry_after=3_600)

    def test_accepting_an_invite_when_already_a_member_is_refused(self, store: Store) -> None:
        self._persona(store)
        invite = {"persona_id": "p" * 22, "role": "visitor", "max_uses": 5, "uses": 0,
                  "expires_epoch": 4_000_000_000, "created_at": "t"}
        store.create_invite("h" * 64, invite)
        with pytest.raises(Refused, match="^already_member$"):
            store.accept_invite("h" * 64, invite, {"user_id": "owner-1", "role": "visitor"}, 1)
        assert store.get_invite("h" * 64)["uses"] == 0  # all or nothing
        assert store.get_membership("p" * 22, "owner-1")["role"] == "owner"

    def test_an_invite_gone_from_the_table_is_refused_as_used_up(self, store: Store) -> None:
        self._persona(store)
        invite = {"persona_id": "p" * 22, "role": "visitor", "max_uses": 5, "uses": 0,
                  "expires_epoch": 4_000_000_000, "created_at": "t"}
        with pytest.raises(Refused, match="^invite_used_up$"):  # never stored, or its TTL ran
            store.accept_invite("h" * 64, invite, {"user_id": "u1", "role": "visitor"}, 1)

    def test_a_missing_persona_or_memory_is_refused_by_name(self, store: Store) -> None:
        with pytest.raises(Refused, match="^persona_missing$"):
            store.update_persona("q" * 22, {"name": "X"}, "t")
        self._persona(store)
        store.add_memory("p" * 22, {"id": "a", "text": "x", "created_at": "t1"}, ROOMY)
        with pytest.raises(Refused, match="^memory_missing$"):
            store.update_memory("p" * 22, "b", {"text": "y"}, 0, ROOMY)
        with pytest.raises(Refused, match="^memory_missing$"):
            store.delete_memory("p" * 22, {"id": "b", "text": "y"})
        with pytest.raises(Refused, match="^memory_missing$"):  # its persona is gone
            store.update_memory("q" * 22, "a", {"text": "yy"}, 1, ROOMY)

    def test_a_conversation_erased_before_its_turn_is_refused(self, store: Store) -> None:
        cid = self._conversation(store)
        store.delete_conversation(cid)
        with pytest.raises(Refused) as refused:
            store.begin_turn(cid, self._message(), "hash")
        assert refused.value.reason == "conversation_missing"
        assert self._claims(store) == []

    def test_nothing_lands_in_a_conversation_erased_while_it_was_answered(
            self, store: Store, table) -> None:
        cid = self._conversation(store)
        turn = store.begin_turn(cid, self._message(), "hash", self._cap(5))
        state = self._reads(store, cid).state
        store.delete_conversation(cid)
        with pytest.raises(Refused, match="^conversation_missing$"):
            store.complete_turn(cid, turn, self._reply(), state)
        with pytest.raises(Refused, match="^conversation_missing$"):
            store.fail_turn(cid, turn)
        assert [k for k in remaining(table) if k[0].startswith("CONV#")] == []
        assert self._claims(store) == []  # its message left the sender's day too

    def test_a_turn_claimed_twice_is_refused(self, store: Store) -> None:
        cid = self._conversation(store)
        turn = store.begin_turn(cid, self._message(), "hash", self._cap(5))
        with pytest.raises(Refused, match="^turn_taken$"):
            store.begin_turn(cid, self._message(), "hash", self._cap(5))
        store.fail_turn(cid, turn)
        claim = self._claims(store)[0]
        store.claim_turn(cid, claim, "oi", "2026-11-30T10:01:00.000Z", self._cap(5))
        with pytest.raises(Refused, match="^turn_taken$"):  # a retry that read the same claim
            store.claim_turn(cid, claim, "oi", "2026-11-30T10:01:00.000Z", self._cap(5))

    def test_the_daily_cap_is_refused_with_when_it_resets(self, store: Store) -> None:
        cid = self._conversation(store)
        store.begin_turn(cid, self._message("client-0001"), "hash", self._cap(1))
        with pytest.raises(Refused) as refused:
            store.begin_turn(cid, self._message("client-0002"), "hash", self._cap(1))
        assert (refused.value.reason, refused.value.facts) == ("daily_cap_reached",
                                                                {"retry_after": 3_600})
        assert [c["k"] for c in self._claims(store)] == ["client-0001"]
        with pytest.raises(Refused) as again:  # a retry counts like a new message
            store.claim_turn(cid, self._claims(store)[0], "oi", "2026-11-30T10:01:00.000Z",
                             self._cap(1))
        assert (again.value.reason, again.value.facts) == ("daily_cap_reached",
                                                            {"retry_after": 3_600})

    def test_the_daily_cap_holds_under_racing_senders(self, store: Store) -> None:
        cid = self._conversation(store)
        results: list[str] = []

        def send(n: int) -> None:
            try:
                store.begin_turn(cid, {**self._message(f"client-{n:04d}"), "id": f"{n:022d}"},
                                 "hash", self._cap(3))
                results.append("claimed")
            except Refused as refused:
                results.append(refused.reason)
        threads = [threading.Thread(target=send, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results.count("claimed") <= 3 and len(self._claims(store)) == \
            results.count("claimed")
        assert self._day(store)["messages"] == results.count("claimed")

    def test_a_stop_reaches_only_the_pending_try_it_was_asked_of(self, store: Store) -> None:
        cid = self._conversation(store)
        days, until = ["2026-11-30"], 4_000_000_000
        assert not store.request_stop(cid, "client-0001", "owner-1", days, until)  # no turn
        turn = store.begin_turn(cid, self._message(), "hash", self._cap(5))
        assert not store.stop_requested(cid, "client-0001", turn.token)
        assert store.request_stop(cid, "client-0001", "owner-1", days, until)
        assert store.stop_requested(cid, "client-0001", turn.token)
        store.fail_turn(cid, turn)
        assert not store.stop_requested(cid, "client-0001", turn.token)  # no longer answered
        assert not store.request_stop(cid, "client-0001", "owner-1", days, until)
        retry = store.claim_turn(cid, self._claims(store)[0], "oi", "2026-11-30T10:01:00.000Z",
                                 self._cap(5))
        assert not store.stop_requested(cid, "client-0001", retry.token)  # starts unstopped
        assert store.request_stop(cid, "client-0001", "owner-1", days, until)
        assert not store.stop_requested(cid, "client-0001", turn.token)  # not the old try's
        store.complete_turn(cid, retry, self._reply(), self._reads(store, cid).state,
                            stopped=True)
        assert not store.request_stop(cid, "client-0001", "owner-1", days, until)  # answered

    def test_a_turn_reads_its_conversation_in_one_batch_and_nothing_of_anothers(
            self, store: Store) -> None:
        cid = self._conversation(store)
        reads = self._reads(store, cid)
        assert reads.conversation["persona_id"] == "p" * 22
        assert reads.membership["role"] == "owner" and reads.persona["id"] == "p" * 22
        assert reads.claims == [] and reads.month_cost == 0.0
        assert self._reads(store, cid, user="someone-else").conversation is None
        assert self._reads(store, "z" * 22).conversation is None

    def test_an_answer_carries_its_message_and_is_listed_as_two(self, store: Store) -> None:
        cid = self._conversation(store)
        turn = store.begin_turn(cid, self._message(), "hash", self._cap(5))
        assert store.list_messages(cid, None, 10)["items"] == []  # pending: not listed yet
        store.complete_turn(cid, turn, self._reply(), self._reads(store, cid).state)
        listed = store.list_messages(cid, None, 10)["items"]
        assert [(m["role"], m["status"]) for m in listed] == [("visitor", "answered"),
                                                              ("persona", "answered")]
        assert listed[0]["id"] == "m" * 22 and listed[1]["id"] == "r" * 22
        question, reply = store.turn_answer(cid, self._claims(store)[0])
        assert question["id"] == "m" * 22 and reply["id"] == "r" * 22
        assert store.find_message(cid, "m" * 22)["role"] == "visitor"
        state = self._reads(store, cid).state
        assert [w["r"] for w in state["window"]] == ["v", "p"] and state["version"] == 1

    def test_two_turns_of_one_conversation_ending_together_both_reach_its_state(
            self, store: Store) -> None:
        cid = self._conversation(store)
        first = store.begin_turn(cid, self._message("client-0001"), "hash", self._cap(9))
        second = store.begin_turn(cid, {**self._message("client-0002"), "id": "n" * 22,
                                        "text": "e a vó?"}, "hash", self._cap(9))
        read = self._reads(store, cid).state  # both turns read the state before either ended
        store.complete_turn(cid, first, self._reply(), read)
        store.complete_turn(cid, second, {**self._reply(), "id": "s" * 22, "text": "Dançava.",
                                          "created_at": "2026-11-30T10:00:02.000Z"}, read)
        state = self._reads(store, cid).state
        assert [w["t"] for w in state["window"]] == ["oi", "Foi na festa.", "e a vó?",
                                                     "Dançava."]
        assert state["version"] == 2 and len(store.list_messages(cid, None, 10)["items"]) == 4

    def test_pages_of_messages_may_end_inside_an_item_and_go_on_from_there(
            self, store: Store) -> None:
        cid = self._conversation(store)
        for n in range(3):
            message = {**self._message(f"client-{n:04d}"), "id": f"m{n:021d}",
                       "created_at": f"2026-11-30T10:0{n}:00.000Z"}
            turn = store.begin_turn(cid, message, "hash", self._cap(9))
            store.complete_turn(cid, turn, {**self._reply(), "id": f"r{n:021d}",
                                            "created_at": f"2026-11-30T10:0{n}:01.000Z"},
                                self._reads(store, cid).state)
        for newest_first in (False, True):
            seen, cursor = [], None
            while True:
                page = store.list_messages(cid, cursor, 3, newest_first=newest_first)
                seen += [m["id"] for m in page["items"]]
                cursor = page["next_cursor"]
                if cursor is None:
                    break
            expected = [f"{kind}{n:021d}" for n in range(3) for kind in "mr"]
            assert seen == (expected[::-1] if newest_first else expected)
        walked, after = [], None
        while True:
            found, more = store.messages_from(cid, after, 1)
            walked += [m["id"] for m, _ in found]
            after = found[-1][1]
            if not more:
                break
        assert walked == [f"{kind}{n:021d}" for n in range(3) for kind in "mr"]

    def test_the_recent_messages_stay_within_one_write_unit(self, store: Store) -> None:
        from chalicelib.store.table import item_size
        cid = self._conversation(store)
        for n in range(8):
            message = {**self._message(f"client-{n:04d}"), "id": f"m{n:021d}",
                       "text": "Vó, conta de novo como foi a festa? " * 20,
                       "created_at": f"2026-11-30T10:0{n}:00.000Z"}
            turn = store.begin_turn(cid, message, "hash", self._cap(99))
            store.complete_turn(cid, turn, {**self._reply(), "id": f"r{n:021d}",
                                            "text": "Ah, minha querida, que saudade. " * 40,
                                            "memories_used": ["x" * 22] * 4,
                                            "created_at": f"2026-11-30T10:0{n}:01.000Z"},
                                self._reads(store, cid).state)
        state = self._reads(store, cid).state
        assert item_size(state) <= 1_000 and state["window"][-1]["r"] == "p"
        assert state["window"][-1]["u"] == ["x" * 22] * 4  # the latest reply's memories
        assert all(len(w["t"]) <= 280 for w in state["window"])

    def test_the_months_cost_is_the_sum_of_its_days(self, store: Store, table) -> None:
        from chalicelib.store import keys
        for day, cost in (("2020-11-02", 0.25), ("2020-11-30", 0.5), ("2020-12-01", 9.0)):
            table.write([Update(*keys.day_metrics(day), add={"cost_usd": cost, "turns": 2},
                                create=True)])
        assert store.turn_context("2020-11")[1] == pytest.approx(0.75)
        days, month = store.metrics_for(["2020-11-30"], "2020-11")
        assert days["2020-11-30"]["turns"] == 2 and month["turns"] == 4
        assert month["cost_usd"] == pytest.approx(0.75)
        assert store.metrics_for(["2020-11-10"], "2020-11")[1]["cost_usd"] == 0.25  # so far
        month_days = ["2020-11-01", "2020-11-02", "2020-11-30"]
        reads = self._reads(store, self._conversation(store), today="2020-11-30",
                            month_days=month_days, closed_before="2020-11-30")
        assert reads.month_cost == pytest.approx(0.75)
        table.write([Update(*keys.day_metrics("2020-11-02"), add={"cost_usd": 100.0}),
                     Update(*keys.day_metrics("2020-11-30"), add={"cost_usd": 1.0})])
        again = self._reads(store, "c" * 22, today="2020-11-30", month_days=month_days,
                            closed_before="2020-11-30")
        assert again.month_cost == pytest.approx(1.75)  # a day over is read once; today, always

    @staticmethod
    def _reply() -> dict[str, Any]:
        return {"id": "r" * 22, "role": "persona", "text": "Foi na festa.",
                "created_at": "2026-11-30T10:00:01.000Z", "status": "answered",
                "memories_used": []}

    @staticmethod
    def _reads(store: Store, cid: str, user: str = "owner-1", today: str = "2026-11-30",
               month_days: list[str] | None = None, closed_before: str = "2026-11-30") -> Any:
        return store.turn_reads(cid, user, today=today, yesterday="2026-11-29",
                                month_days=month_days or [today], closed_before=closed_before)

    @staticmethod
    def _day(store: Store) -> dict[str, Any]:
        from chalicelib.store import keys
        return store.table.get(*keys.usage("owner-1", "2026-11-30")) or {}

    def _claims(self, store: Store) -> list[dict[str, Any]]:
        return list(self._day(store).get("claims") or [])

    def test_a_stream_ticket_opens_one_socket_before_it_expires(self, store: Store,
                                                                table) -> None:
        store.create_stream_ticket("t" * 64, "u1", 100, expires_epoch=1_060)
        store.create_stream_ticket("e" * 64, "u2", 100, expires_epoch=1_000)
        assert store.use_stream_ticket("e" * 64, now_epoch=1_000) is None  # expired
        assert store.use_stream_ticket("x" * 64, now_epoch=1_000) is None  # unknown
        won: list[Any] = []
        racers = [threading.Thread(target=lambda: won.append(
            store.use_stream_ticket("t" * 64, now_epoch=1_001))) for _ in range(4)]
        for racer in racers:
            racer.start()
        for racer in racers:
            racer.join()
        assert sorted(won, key=str) == [None, None, None, {"user_id": "u1", "issued_at": 100}]
        store.open_connection("conn-1", "u1", 100, "t", expires_epoch=8_000)
        assert store.get_connection("conn-1", 1_002)["user_id"] == "u1"
        assert store.get_connection("conn-1", 8_000) is None  # past its TTL
        assert store.get_connection("conn-2", 1_002) is None
        store.close_connection("conn-1")
        assert store.get_connection("conn-1", 1_002) is None
        assert all(pk.startswith("STREAMTICKET#eee") for pk, _ in remaining(table))
        store.open_connection("conn-2", "u1", 100, "t", expires_epoch=8_000)
        store.open_connection("conn-3", "u2", 100, "t", expires_epoch=8_000)
        store.forget_connections("u1")  # erasure
        assert store.get_connection("conn-2", 1_002) is None
        assert store.get_connection("conn-3", 1_002)["user_id"] == "u2"

    def test_local_login_binds_once(self, store: Store) -> None:
        assert store.local_user_id("a@x", "first", "t") == "first"
        assert store.local_user_id("a@x", "second", "t") == "first"

    def test_deleted_persona_leaves_no_items(self, store: Store, table) -> None:
        pid = "p" * 22
        self._persona(store, pid)
        store.add_member(pid, {"user_id": "u2", "role": "visitor"})
        for i in range(30):
            store.add_memory(pid, {"id": f"m{i:02d}", "text": "x", "created_at": f"t{i:02d}"}, ROOMY)
        for c in range(3):
            store.create_conversation(
                {"id": f"c{c}", "persona_id": pid, "user_id": "u2", "created_at": f"t{c}"},
                {"id": f"g{c}", "role": "persona", "text": "oi", "created_at": f"t{c}"})
        store.create_invite("h" * 64, {"persona_id": pid, "role": "visitor", "max_uses": 1,
                                       "uses": 0, "expires_epoch": 4_000_000_000})
        store.local_user_id("keep@x", "keep", "t")  # someone else's record stays
        store.delete_persona(pid)
        assert remaining(table) == [("LOCALLOGIN#keep@x", "META")]


    # -- ownership that survives the owner ---------------------------------------------------

    def test_a_legacy_moves_to_an_editor_in_one_write(self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store, pid)
        store.add_member(pid, {"user_id": "u2", "role": "editor"})
        store.transfer_ownership(pid, "owner-1", "u2", "2030-01-01T00:00:00.000Z")
        assert store.get_membership(pid, "owner-1")["role"] == "editor"
        assert store.get_membership(pid, "u2")["role"] == "owner"
        assert [m["role"] for m in store.memberships_of("u2")] == ["owner"]

    def test_a_hand_over_is_refused_unless_both_roles_still_hold(self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store, pid)
        store.add_member(pid, {"user_id": "u2", "role": "visitor"})
        store.add_member(pid, {"user_id": "u3", "role": "editor"})
        for owner, to, reason in [("owner-1", "u2", "new_owner_not_editor"),  # a visitor
                                  ("owner-1", "gone", "new_owner_not_editor"),  # not a member
                                  ("u3", "u3", "new_owner_not_editor"),  # oneself
                                  ("u2", "u3", "not_owner")]:
            with pytest.raises(Refused, match=f"^{reason}$"):
                store.transfer_ownership(pid, owner, to, "t")
        assert [(m["user_id"], m["role"]) for m in sorted(
            store.list_members(pid), key=lambda m: m["user_id"])] == [
            ("owner-1", "owner"), ("u2", "visitor"), ("u3", "editor")]

    def test_notices_are_each_members_own_newest_first_until_they_expire(
            self, store: Store, table) -> None:
        def notice(nid: str, at: str, expires: int = 4_000_000_000) -> dict[str, Any]:
            return {"id": nid, "event": "legacy_deleted", "persona_name": "Antônio",
                    "created_at": at, "expires_at": expires}
        store.add_notices([("u1", notice("n" * 22, "2030-01-01")),
                           ("u1", notice("o" * 22, "2030-01-03")),
                           ("u1", notice("x" * 22, "2030-01-02", expires=1_000)),
                           ("u2", notice("m" * 22, "2030-01-01"))]
                          + [("u3", notice(f"{i:022d}", f"2030-02-{i:02d}")) for i in range(1, 31)])
        assert [n["id"] for n in store.list_notices("u1", 2_000, 20)] == ["o" * 22, "n" * 22]
        assert store.list_notices("u1", 2_000, 20)[0]["event"] == "legacy_deleted"
        assert len(store.list_notices("u3", 2_000, 20)) == 20  # a bounded answer
        assert not store.dismiss_notice("u2", "n" * 22)  # another member's cannot be addressed
        assert store.dismiss_notice("u1", "n" * 22) and not store.dismiss_notice("u1", "n" * 22)
        store.forget_notices("u1")
        store.forget_notices("u3")
        assert remaining(table) == [("USER#u2", "NOTICE#" + "m" * 22)]

    # -- imports: jobs, style samples, proposed memories (docs/imports.md) ------------------

    @staticmethod
    def _job(jid: str, at: str, status: str = "queued", **more: Any) -> dict[str, Any]:
        return {"id": jid, "persona_id": "p" * 22, "source": "whatsapp", "status": status,
                "created_at": at, "created_by": "owner-1", **more}

    def test_an_import_is_created_once_changed_on_its_status_and_listed_newest_first(
            self, store: Store) -> None:
        pid = "p" * 22
        with pytest.raises(Refused, match="^persona_missing$"):
            store.create_import(self._job("a" * 22, "t1"))
        self._persona(store)
        assert store.create_import(self._job("a" * 22, "t1"))
        assert not store.create_import(self._job("a" * 22, "t1"))  # an upload posted twice
        store.create_import(self._job("b" * 22, "t2"))
        assert store.update_import(pid, "a" * 22, {"status": "needs_person"})
        assert not store.update_import(pid, "a" * 22, {"status": "queued"}, when_status="done")
        assert store.update_import(pid, "a" * 22, {"person": "Vó", "status": "queued"},
                                   when_status="needs_person")
        assert not store.update_import(pid, "z" * 22, {"status": "done"})  # none such
        assert store.get_import(pid, "a" * 22)["person"] == "Vó"
        first = store.list_imports(pid, None, 1)
        second = store.list_imports(pid, first["next_cursor"], 1)
        assert [j["id"] for j in first["items"] + second["items"]] == ["b" * 22, "a" * 22]
        with pytest.raises(Refused, match="^bad_cursor$"):
            store.list_imports("q" * 22, first["next_cursor"], 1)
        assert store.delete_import(pid, "b" * 22) and not store.delete_import(pid, "b" * 22)

    def test_a_chat_text_is_read_by_one_import_unless_that_one_failed_or_went(
            self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        for jid in ("a", "b", "c"):
            store.create_import(self._job(jid * 22, f"t{jid}", text_sha256="h" * 64))
        assert store.claim_imported_text(pid, "h" * 64, "a" * 22) is None
        assert store.claim_imported_text(pid, "h" * 64, "a" * 22) is None  # itself, again
        assert store.claim_imported_text(pid, "h" * 64, "b" * 22) == "a" * 22
        store.update_import(pid, "a" * 22, {"status": "failed"})
        assert store.claim_imported_text(pid, "h" * 64, "b" * 22) is None  # takes it over
        store.delete_import(pid, "b" * 22)  # its record of the text goes with it
        assert store.claim_imported_text(pid, "h" * 64, "c" * 22) is None

    def test_style_samples_are_added_once_within_the_limit_and_deleted_one_by_one(
            self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        assert store.import_counts(pid) == {"samples": 0, "proposals": 0, "samples_revision": 0}

        def sample(n: int) -> dict[str, Any]:
            return {"id": f"{n:022d}", "persona_id": pid, "text": f"oi {n} 💛",
                    "at": f"2020-01-01T10:{n:02d}:00", "import_id": "a" * 22}
        assert store.add_style_samples(pid, [sample(n) for n in range(60)], limit=70) == 60
        assert store.add_style_samples(pid, [sample(n) for n in range(60)], limit=70) == 0
        assert store.add_style_samples(pid, [sample(n) for n in range(55, 80)], limit=70) == 10
        counts = store.import_counts(pid)
        assert counts["samples"] == 70 and counts["samples_revision"] >= 2
        page = store.list_style_samples(pid, None, 5)
        assert [s["id"] for s in page["items"]] == [f"{n:022d}" for n in (69, 68, 67, 66, 65)]
        assert page["items"][0]["text"] == "oi 69 💛" and "PK" not in page["items"][0]
        assert len(store.all_style_samples(pid)) == 70
        assert store.delete_style_sample(pid, f"{3:022d}")
        assert not store.delete_style_sample(pid, f"{3:022d}")
        after = store.import_counts(pid)
        assert after["samples"] == 69 and after["samples_revision"] > counts["samples_revision"]
        with pytest.raises(Refused, match="^persona_missing$"):
            store.add_style_samples("q" * 22, [sample(1)], limit=70)

    def test_a_proposed_memory_is_no_memory_until_accepted_in_the_memory_write(
            self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        proposed = [{"id": f"{n:022d}", "persona_id": pid, "title": f"Dia {n}",
                     "text": f"história {n}", "date": f"2019-06-{n + 1:02d}", "tags": [],
                     "triggers": [], "import_id": "a" * 22, "created_at": "t",
                     "updated_at": "t"} for n in range(3)]
        assert store.add_proposals(pid, proposed, limit=500) == 3
        assert store.add_proposals(pid, proposed, limit=500) == 0
        assert store.all_memories(pid) == [] and store.list_memories(pid, None, 10)["items"] == []
        assert store.memories_by_id(pid, [p["id"] for p in proposed]) == []
        assert store.get_persona(pid)["memory_count"] == 0
        assert [p["id"] for p in store.list_proposals(pid, None, 10)["items"]] == [
            f"{n:022d}" for n in (2, 1, 0)]  # the latest day first
        assert store.update_proposal(pid, proposed[0]["id"], {"title": "O baile"})["title"] == \
            "O baile"
        memory = {**proposed[0], "title": "O baile", "created_at": "t9"}
        store.add_memory(pid, memory, ROOMY, also=store.proposal_taken(pid, memory["id"]))
        assert store.get_memory(pid, memory["id"])["title"] == "O baile"
        assert store.get_proposal(pid, memory["id"]) is None
        with pytest.raises(Refused, match="^memory_missing$"):  # accepted twice
            store.add_memory(pid, {**memory, "id": memory["id"]}, ROOMY,
                             also=store.proposal_taken(pid, memory["id"]))
        assert store.get_persona(pid)["memory_count"] == 1
        assert store.add_proposals(pid, proposed, limit=500) == 0  # accepted: not again
        assert store.discard_proposal(pid, proposed[1]["id"])
        assert not store.discard_proposal(pid, proposed[1]["id"])
        with pytest.raises(Refused, match="^memory_missing$"):
            store.update_proposal(pid, proposed[1]["id"], {"title": "x"})
        assert store.import_counts(pid)["proposals"] == 1
        assert store.add_proposals(pid, [{**proposed[1], "id": "n" * 22}], limit=1) == 0  # full

    def test_an_erased_editor_leaves_the_imports_without_their_name(self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        store.create_import(self._job("a" * 22, "t1", created_by="u2"))
        store.create_import(self._job("b" * 22, "t2", created_by="u3"))
        store.forget_import_author(pid, "u2")
        assert "created_by" not in store.get_import(pid, "a" * 22)
        assert store.get_import(pid, "b" * 22)["created_by"] == "u3"

    def test_a_deleted_persona_leaves_no_import_item(self, store: Store, table) -> None:
        pid = "p" * 22
        self._persona(store)
        store.create_import(self._job("a" * 22, "t1", text_sha256="h" * 64))
        store.claim_imported_text(pid, "h" * 64, "a" * 22)
        store.add_style_samples(pid, [{"id": "s" * 22, "text": "oi", "at": "t"}], limit=9)
        store.add_proposals(pid, [{"id": "r" * 22, "text": "x", "date": "2019-01-01"}], limit=9)
        store.delete_persona(pid)
        assert remaining(table) == []

    # -- photos: listed on their memory's item (chalicelib/photos/) ---------------------------

    def test_a_memorys_photos_ride_on_its_item_and_their_captions_count_as_its_text(
            self, store: Store, table) -> None:
        pid, mid = "p" * 22, "m" * 22
        self._persona(store)
        memory = {"id": mid, "persona_id": pid, "text": "A festa", "created_at": "t1"}
        store.add_memory(pid, memory, SMALL)
        photo = {"id": "f" * 22, "caption": "Vó Cida 💛", "taken_at": "2019-06-24T18:30:00-03:00",
                 "width": 800, "height": 1200, "extension": "jpg", "content_type": "image/jpeg",
                 "bytes": 12_345, "thumbnail_width": 267, "thumbnail_height": 400,
                 "created_at": "t2"}
        with_photo = {**memory, "photos": [photo]}
        assert memory_size(with_photo) == memory_size(memory) + len(photo["caption"])
        store.update_memory(pid, mid, {"photos": [photo]},
                            memory_size(with_photo) - memory_size(memory), SMALL)
        assert store.get_memory(pid, mid)["photos"] == [photo]
        assert store.list_memories(pid, None, 5)["items"][0]["photos"] == [photo]
        assert store.get_persona(pid)["memory_chars"] == memory_size(with_photo)
        long = {**photo, "caption": "x" * SMALL.chars}  # a caption is text like any other
        with pytest.raises(Refused, match="^memories_full$"):
            store.update_memory(pid, mid, {"photos": [long]},
                                SMALL.chars - len(photo["caption"]), SMALL)
        assert store.get_memory(pid, mid)["photos"] == [photo]
        store.delete_memory(pid, store.get_memory(pid, mid))
        assert store.get_persona(pid)["memory_chars"] == 0  # the captions went with it
        store.delete_persona(pid)
        assert remaining(table) == []

    # -- the guided interview ----------------------------------------------------------------

    def test_each_interview_question_keeps_its_own_entry(self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        assert store.interview_state(pid) == {}
        answered = {"status": "answered", "memory_id": "m" * 22, "at": "t1"}
        store.mark_interview_question(pid, "childhood.birthplace", answered)
        store.mark_interview_question(pid, "hard-times.loss", {"status": "later", "at": "t2"})
        store.mark_interview_question(pid, "hard-times.loss", {"status": "skipped", "at": "t3"})
        assert store.interview_state(pid) == {
            "childhood.birthplace": answered,
            "hard-times.loss": {"status": "skipped", "at": "t3"}}
        assert store.interview_state("q" * 22) == {}  # another persona's is its own

    def test_interview_writers_on_different_questions_never_clash(self, store: Store) -> None:
        pid = "p" * 22
        self._persona(store)
        names = [f"joys.q{i}" for i in range(8)]
        threads = [threading.Thread(target=store.mark_interview_question,
                                    args=(pid, name, {"status": "skipped", "at": name}))
                   for name in names]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(store.interview_state(pid)) == names

    def test_no_interview_is_kept_for_a_persona_that_is_gone(self, store: Store, table) -> None:
        pid = "p" * 22
        with pytest.raises(Refused) as refused:
            store.mark_interview_question(pid, "childhood.birthplace",
                                          {"status": "skipped", "at": "t"})
        assert refused.value.reason == "persona_missing"
        self._persona(store)
        store.mark_interview_question(pid, "childhood.birthplace",
                                      {"status": "skipped", "at": "t"})
        store.delete_persona(pid)
        assert remaining(table) == [] and store.interview_state(pid) == {}


def remaining(table: Any) -> list[tuple[str, str]]:
    """The keys of every item left (tests only: a scan of a tiny table)."""
    if hasattr(table, "_db"):
        return [tuple(r) for r in table._db.execute("SELECT pk, sk FROM items").fetchall()]
    import boto3
    client = boto3.client("dynamodb", region_name="us-east-1")
    from tests.conftest import TABLE
    return [(i["PK"]["S"], i["SK"]["S"]) for i in client.scan(TableName=TABLE)["Items"]]


class TestSqliteStore(StoreContract):
    @pytest.fixture
    def table(self, tmp_path):
        from chalicelib.store.sqlite import SqliteTable
        t = SqliteTable(tmp_path / "store.sqlite3")
        yield t
        t.close()


class SerialClient:
    """A DynamoDB client whose calls take turns, as DynamoDB's writes to one item do. moto's
    in-memory backend checks a condition and writes without a lock, so under load two racing
    writers can both pass a condition only one of them should; that would test moto, not us."""

    def __init__(self, client) -> None:
        self._client, self._lock = client, threading.Lock()

    def __getattr__(self, name: str):
        method = getattr(self._client, name)
        if not callable(method):
            return method

        def serial(*args, **kwargs):
            with self._lock:
                return method(*args, **kwargs)
        return serial


class TestDynamoStore(StoreContract):
    @pytest.fixture
    def table(self, dynamodb):
        from chalicelib.store.dynamodb import DynamoTable
        table = DynamoTable(dynamodb, "forever-us-test")
        table._client = SerialClient(table._client)
        return table


def test_sqlite_survives_a_restart(tmp_path) -> None:
    from chalicelib.store.sqlite import SqliteTable
    path = tmp_path / "s.sqlite3"
    first = SqliteTable(path)
    first.write([Put({"PK": "P", "SK": "S", "text": "ficou"})])
    first.close()
    again = SqliteTable(path)
    assert again.get("P", "S")["text"] == "ficou"
    assert again._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again.close()


def test_cursor_is_opaque_and_checked() -> None:
    cursor = encode_cursor({"PK": "P#1", "SK": "M#2"})
    assert "P#1" not in cursor
    assert decode_cursor(cursor, "P#1", index=False) == {"PK": "P#1", "SK": "M#2"}
    for bad in ["!!!", "e30", encode_cursor({"PK": "P#2", "SK": "x"}), "x" * 3000]:
        with pytest.raises(Refused, match="^bad_cursor$"):
            decode_cursor(bad, "P#1", index=False)
    # A start key outside the query's sort-key prefix: DynamoDB would refuse the query (500).
    assert decode_cursor(cursor, "P#1", index=False, prefix="M#") is not None
    with pytest.raises(Refused, match="^bad_cursor$"):
        decode_cursor(cursor, "P#1", index=False, prefix="MSG#")


def test_no_store_module_imports_http_or_domain_errors() -> None:
    """The store names reasons; wording them and choosing a status happen at the edge."""
    offenders = []
    for path in sorted(STORE_CODE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names
                          if n == "chalice" or n.startswith(("chalice.", "chalicelib.errors"))]
    assert offenders == []


def test_every_reason_the_store_names_is_worded_in_the_one_map() -> None:
    named = set()
    for path in STORE_CODE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        named |= set(re.findall(r'(?:reason=|Refused\()"([a-z_]+)"', text))
    assert {"memories_full", "already_member", "invite_used_up", "turn_taken",
            "conversation_missing", "daily_cap_reached"} <= named
    assert named <= set(REFUSALS), named - set(REFUSALS)


def test_refusals_keep_todays_status_code_and_message() -> None:
    full = refusal_error(Refused("memories_full", count=2_000, chars=1_000_000))
    assert (full.status, full.code, full.message) == (
        422, "UnprocessableEntityError", "this persona is full: it keeps at most 2000 memories "
        "and 1,000,000 characters of memories; delete or shorten some first")
    cap = refusal_error(Refused("daily_cap_reached", retry_after=600))
    assert (cap.status, cap.code, cap.retry_after) == (429, "DailyCapReachedError", 600)
    cursor = refusal_error(Refused("bad_cursor"))
    assert isinstance(cursor, InvalidInput) and (cursor.status, cursor.field) == (400, "cursor")
    assert [(refusal_error(Refused(r)).status, refusal_error(Refused(r)).code) for r in (
        "persona_missing", "memory_missing", "conversation_missing", "already_member",
        "invite_used_up", "turn_taken")] == [
        (404, "NotFoundError"), (404, "NotFoundError"), (404, "NotFoundError"),
        (409, "ConflictError"), (410, "GoneError"), (409, "ConflictError")]
    unknown = refusal_error(Refused("no_such_reason"))
    assert (unknown.status, unknown.message) == (500, "An internal server error occurred.")


def test_api_under_moto_really_uses_dynamodb(api, store_kind) -> None:
    from chalicelib import runtime
    from chalicelib.store.dynamodb import DynamoTable
    from chalicelib.store.sqlite import SqliteTable
    expected = DynamoTable if store_kind == "dynamodb" else SqliteTable
    assert isinstance(runtime.store().table, expected)
