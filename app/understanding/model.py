"""The shipped language model: tokenizer + int8 ONNX encoder with its heads.

Only onnxruntime, tokenizers and numpy are used here. The encoding function is
shared with training so that both see exactly the same tokens.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.paths import model_dir
from app.understanding.mentions import Mention
from app.understanding.reading import DEFAULT_DECISION, UNSURE_MARGIN, thresholds

MODEL_FILE = "nlu-minilm-l6-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
LABELS_FILE = "labels.json"
MAX_TOKENS = 256
MAX_CHARS = 4000   # text past this is not read: a shopper's wish is never that long


class ModelUnavailable(RuntimeError):
    """The model files are missing or broken; the message says what to do."""


@dataclass
class Encoded:
    ids: list[int]
    type_ids: list[int]
    offsets: list[tuple[int, int]]
    sequence_ids: list[int | None]


def encode(tokenizer, text: str, context_words: str) -> Encoded:
    """The question words as the first segment, the shopper's text as the second."""
    encoding = tokenizer.encode(context_words, text)
    return Encoded(encoding.ids, encoding.type_ids, encoding.offsets, encoding.sequence_ids)


def mention_tokens(encoded: Encoded, mention: Mention) -> list[int]:
    """Positions of the tokens of the text that overlap the mention's characters."""
    return [i for i, (seq, (start, end)) in enumerate(zip(encoded.sequence_ids, encoded.offsets))
            if seq == 1 and start < mention.end and end > mention.start]


def load_tokenizer(path: Path):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS, strategy="only_second")
    return tokenizer


class LanguageModel:
    """One loaded model; `run` is safe to call from several threads."""

    def __init__(self, folder: Path | None = None, threads: int = 2):
        folder = Path(folder or model_dir())
        missing = [name for name in (MODEL_FILE, TOKENIZER_FILE, LABELS_FILE) if not (folder / name).is_file()]
        if missing:
            raise ModelUnavailable(f"The language model is missing from {folder} ({', '.join(missing)}). "
                                   "Rebuild it with: python -m models.training.train")
        try:
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            # An idle kiosk must not burn CPU: no spinning worker threads.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.add_session_config_entry("session.inter_op.allow_spinning", "0")
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            self.session = ort.InferenceSession(str(folder / MODEL_FILE), options, providers=["CPUExecutionProvider"])
            self.tokenizer = load_tokenizer(folder / TOKENIZER_FILE)
            self.labels = json.loads((folder / LABELS_FILE).read_text(encoding="utf-8"))
            self.thresholds = thresholds(float(self.labels.get("decision", DEFAULT_DECISION)),
                                         float(self.labels.get("unsure_margin", UNSURE_MARGIN)))
        except ModelUnavailable:
            raise
        except Exception as error:
            raise ModelUnavailable(f"The language model in {folder} could not be loaded ({error}). "
                                   "Rebuild it with: python -m models.training.train") from None
        self._lock = threading.Lock()

    def run(self, encoded: Encoded) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(statement probabilities, role logits per token, sentence embedding) for one text."""
        feeds = {
            "input_ids": np.array([encoded.ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(encoded.ids)), dtype=np.int64),
            "token_type_ids": np.array([encoded.type_ids], dtype=np.int64),
        }
        statements, roles, embedding = self.session.run(None, feeds)
        return 1.0 / (1.0 + np.exp(-statements[0])), roles[0], embedding[0]

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = []
        for text in texts:
            encoded = encode(self.tokenizer, str(text)[:MAX_CHARS], "shopper")
            vectors.append(self.run(encoded)[2])
        out = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)
