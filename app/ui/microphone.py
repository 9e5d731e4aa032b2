"""The microphone button beside the wish box: hold (or tap) to say a wish.

`MicrophoneButton` stays hidden until it knows voice can work here: an audio
input exists and the Whisper model (the `voice` extra) has loaded, in the
background, after the window is up. Otherwise it never shows and the log says why.

Hold the button and speak, let go to finish; or tap once to start and tap again
to finish. While listening a meter shows the level; at 15 s it stops by itself.
Then it reads the words (off the GUI thread, through `run_task`) and emits
`heard(text)`; the window puts the text in the wish box and sends it to
`Session.say` like typed words. Esc, or a tap while reading, cancels.
The audio stays in memory and is dropped once read, on cancel and on `reset()`.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from app.ui.tasks import run_task
from app.translatable import QT_TR_NOOP
from app.ui.words import tr
from app.voice.audio import MAX_SECONDS, SAMPLE_RATE, Recording

log = logging.getLogger(__name__)

HOLD_SECONDS = 0.5  # pressed longer than this: hold-to-talk (letting go finishes); shorter: a tap
PREPARE_AFTER_MS = 1000  # the Whisper model loads this long after the event loop starts: the window and
                         # the language model come first

# The widget's words, by state.
WORDS = {
    "talk": QT_TR_NOOP("Hold to talk, or tap"),
    "listening": QT_TR_NOOP("Listening…"),
    "reading": QT_TR_NOOP("Reading…"),
    "nothing": QT_TR_NOOP("Didn't catch that; try again"),
    "failed": QT_TR_NOOP("Could not read that"),
}


class QtMicrophone:
    """The default audio input through QtMultimedia, delivering 16 kHz mono 16-bit chunks.

    It asks the device for 16 kHz mono 16-bit; a device that cannot record that is
    recorded in its own format and each chunk converted."""

    def __init__(self, device):
        self.device = device
        self.source = None
        self._io = None
        self._convert = None

    @classmethod
    def find(cls) -> "QtMicrophone | None":
        """The default input, or None (no QtMultimedia, i.e. no voice extra, or no input device)."""
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as error:
            log.info("voice input off: QtMultimedia is not installed (%s); install the voice extra", error)
            return None
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            log.info("voice input off: no audio input device")
            return None
        return cls(device)

    def start(self, on_chunk) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource

        wanted = QAudioFormat()
        wanted.setSampleRate(SAMPLE_RATE)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        used = wanted if self.device.isFormatSupported(wanted) else self.device.preferredFormat()
        self._convert = None if used == wanted else converter(used)
        self.source = QAudioSource(self.device, used)
        self._io = self.source.start()
        self._io.readyRead.connect(lambda: self._deliver(on_chunk))

    def _deliver(self, on_chunk) -> None:
        if self._io is None:  # stopped meanwhile
            return
        data = bytes(self._io.readAll())
        on_chunk(self._convert(data) if self._convert else data)

    def stop(self) -> None:
        if self.source is not None:
            self.source.stop()
            self.source.deleteLater()
        self.source = self._io = None


def converter(audio_format):
    """A function turning chunks in `audio_format` (a QAudioFormat) into 16 kHz mono 16-bit bytes."""
    import numpy as np
    from PySide6.QtMultimedia import QAudioFormat

    kinds = {QAudioFormat.SampleFormat.Int16: ("<i2", 32768.0, 0.0), QAudioFormat.SampleFormat.Int32: ("<i4", 2.0 ** 31, 0.0),
             QAudioFormat.SampleFormat.Float: ("<f4", 1.0, 0.0), QAudioFormat.SampleFormat.UInt8: ("u1", 128.0, 128.0)}
    if audio_format.sampleFormat() not in kinds:
        raise RuntimeError(f"the microphone records in an unknown sample format ({audio_format.sampleFormat()})")
    dtype, scale, offset = kinds[audio_format.sampleFormat()]
    channels, frame = audio_format.channelCount(), audio_format.bytesPerFrame()
    step = audio_format.sampleRate() / SAMPLE_RATE  # input samples per output sample
    left, tail, position = b"", np.zeros(0, np.float32), 0.0

    def convert(data: bytes) -> bytes:
        # Resampled across chunk boundaries: the last input sample and the position of the
        # next output sample are carried over, so chunk sizes do not stretch the sound.
        nonlocal left, tail, position
        data = left + data
        whole = len(data) - len(data) % frame
        left = data[whole:]
        samples = (np.frombuffer(data[:whole], dtype).astype(np.float32) - offset) / scale
        mono = np.concatenate([tail, samples.reshape(-1, channels).mean(axis=1)])
        if len(mono) < 2:
            tail = mono
            return b""
        positions = np.arange(position, len(mono) - 1, step)
        out = np.interp(positions, np.arange(len(mono)), mono)
        position = (positions[-1] + step if len(positions) else position) - (len(mono) - 1)
        tail = mono[-1:]
        return (np.clip(out, -1, 1) * 32767).astype("<i2").tobytes()

    return convert


def microphone_icon(listening: bool, size: int = 64) -> QIcon:
    """A drawn microphone (idle) or a red stop square (listening): no emoji font needed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    if listening:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawRoundedRect(QRectF(4 * unit, 4 * unit, 8 * unit, 8 * unit), unit, unit)
    else:
        colour = QColor("#37474f")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(5.5 * unit, 1.5 * unit, 5 * unit, 8.5 * unit), 2.5 * unit, 2.5 * unit)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 1.3 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        cup = QPainterPath()
        cup.moveTo(3.5 * unit, 7.5 * unit)
        cup.cubicTo(3.5 * unit, 13 * unit, 12.5 * unit, 13 * unit, 12.5 * unit, 7.5 * unit)
        painter.drawPath(cup)
        painter.drawLine(QPointF(8 * unit, 12 * unit), QPointF(8 * unit, 14.5 * unit))      # the stand
        painter.drawLine(QPointF(5.5 * unit, 14.5 * unit), QPointF(10.5 * unit, 14.5 * unit))  # its foot
    painter.end()
    return QIcon(pixmap)


class MicrophoneButton(QWidget):
    heard = Signal(str)          # the recognised words
    unavailable = Signal(str)    # why voice input is off here (also logged)

    IDLE, LISTENING, READING = "idle", "listening", "reading"

    def __init__(self, language: str = "en", recogniser=None, microphone="default", start: bool = True, parent=None):
        """`recogniser` defaults to the app's one Whisper recogniser (shared by every button), `microphone`
        to the default input (None: there is none). With `start`, `prepare()` runs shortly after the
        event loop starts."""
        super().__init__(parent)
        self.language = language
        self.recogniser = recogniser
        self.microphone = microphone
        self.recording = Recording()
        self.state = self.IDLE
        self.ready = False
        self._pressed_at = 0.0
        self._tapped = False    # listening after a tap: the next tap finishes
        self._attempt = 0       # a result for an older attempt (cancelled) is not shown
        self._pending: list = []  # audio waiting to be read

        self.button = QToolButton()
        self.button.setIconSize(QSize(32, 32))
        self.button.setAccessibleName(tr("Microphone"))
        self.button.setMinimumSize(48, 48)
        self.button.pressed.connect(self._press)
        self.button.released.connect(self._release)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setFixedWidth(80)
        self.meter.setVisible(False)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.button, self.meter, self.label):
            layout.addWidget(widget)
        self.cancel_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.cancel_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel_key.setEnabled(False)
        self.cancel_key.activated.connect(self.cancel)
        self.cap = QTimer(self)
        self.cap.setSingleShot(True)
        self.cap.setInterval(int(MAX_SECONDS * 1000))
        self.cap.timeout.connect(self.finish)
        self.hint = QTimer(self)
        self.hint.setSingleShot(True)
        self.hint.setInterval(3000)
        self.hint.timeout.connect(self._show_state)
        self._show_state()
        self.setVisible(False)
        if start:
            QTimer.singleShot(PREPARE_AFTER_MS, self.prepare)

    # -- becoming usable -------------------------------------------------------------

    def prepare(self) -> None:
        """Find the input; if there is one, load the model in the background, then show."""
        if self.microphone == "default":
            self.microphone = QtMicrophone.find()
        if self.microphone is None:
            self._off("no audio input device (or QtMultimedia is missing)")
            return
        if self.recogniser is None:
            from app.voice import shared_recogniser

            self.recogniser = shared_recogniser()
        run_task(f"voice-model-{id(self)}", self.recogniser.load, self._loaded, lambda error: self._off(str(error)))

    def _loaded(self, _model) -> None:
        self.ready = True
        self.setVisible(True)

    def _off(self, why: str) -> None:
        log.warning("voice input is off: %s", why)
        self.ready = False
        self.setVisible(False)
        self.unavailable.emit(why)

    def set_language(self, language: str) -> None:
        """The UI language ("en" or "zh_CN") is the language listened for."""
        self.language = language
        self._show_state()

    # -- listening -------------------------------------------------------------------

    def _press(self) -> None:
        if self.state == self.LISTENING and self._tapped:
            self.finish()
        elif self.state == self.READING:
            self.cancel()
        elif self.state == self.IDLE:
            self._pressed_at = time.monotonic()
            self._tapped = False
            self.listen()

    def _release(self) -> None:
        if self.state != self.LISTENING or self._tapped:
            return
        if time.monotonic() - self._pressed_at >= HOLD_SECONDS:
            self.finish()       # hold-to-talk: letting go finishes
        else:
            self._tapped = True  # a tap: go on listening until the next tap

    def listen(self) -> None:
        if not self.ready or self.state != self.IDLE:
            return
        self.recording.drop()
        try:
            self.microphone.start(self.feed)
        except Exception as error:  # a device that vanished or refuses the format
            log.warning("the microphone could not start: %s", error)
            self._flash("failed")
            return
        self._set_state(self.LISTENING)
        self.cap.start()

    def feed(self, chunk: bytes) -> None:
        """Audio from the microphone (16 kHz mono 16-bit little-endian)."""
        if self.state != self.LISTENING:
            return
        self.recording.add(chunk)
        self.meter.setValue(round(self.recording.level * 100))
        if self.recording.full:
            self.finish()

    def finish(self) -> None:
        """Stop listening and read what was said."""
        if self.state != self.LISTENING:
            return
        self._stop_microphone()
        samples = self.recording.take()
        if len(samples) < SAMPLE_RATE // 4:  # under a quarter second: nothing to read
            self._set_state(self.IDLE)
            self._flash("nothing")
            return
        self._set_state(self.READING)
        self._attempt += 1
        # The audio is handed over in a list the worker empties: once read (or cancelled) nothing holds it.
        self._pending = pending = [samples]
        del samples
        attempt, recogniser, language = self._attempt, self.recogniser, self.language
        run_task(f"voice-{id(self)}", lambda: recogniser.transcribe(pending.pop(), language),
                 lambda text: self._read(attempt, text), lambda error: self._failed(attempt, error))

    def _read(self, attempt: int, text: str) -> None:
        if attempt != self._attempt or self.state != self.READING:
            return  # cancelled meanwhile
        self._set_state(self.IDLE)
        if text.strip():
            self.heard.emit(text.strip())
        else:
            self._flash("nothing")

    def _failed(self, attempt: int, error: BaseException) -> None:
        if attempt != self._attempt:
            return
        log.warning("speech could not be read: %s", error)
        self._set_state(self.IDLE)
        self._flash("failed")

    def cancel(self) -> None:
        """Stop listening or reading; the audio is dropped unread."""
        self._stop_microphone()
        self.recording.drop()
        self._pending.clear()  # not read yet: never will be
        self._attempt += 1
        self._set_state(self.IDLE)

    def reset(self) -> None:
        """The shopper walked away (kiosk reset): forget any audio."""
        self.cancel()
        self.hint.stop()
        self._show_state()

    def _stop_microphone(self) -> None:
        self.cap.stop()
        if self.microphone not in (None, "default"):   # "default": not looked for yet
            self.microphone.stop()

    # -- painting --------------------------------------------------------------------

    def _words(self, key: str) -> str:
        return tr(WORDS[key])

    def _set_state(self, state: str) -> None:
        self.state = state
        self._tapped = self._tapped and state == self.LISTENING
        self.cancel_key.setEnabled(state != self.IDLE)
        self.hint.stop()
        self._show_state()

    def _show_state(self) -> None:
        listening = self.state == self.LISTENING
        self.meter.setVisible(listening)
        if not listening:
            self.meter.setValue(0)
        self.button.setIcon(microphone_icon(listening))
        self.label.setText(self._words(self.state if self.state != self.IDLE else "talk"))
        self.button.setToolTip(self._words("talk"))

    def _flash(self, key: str) -> None:
        """A short message in place of the hint, for a few seconds."""
        self.label.setText(self._words(key))
        self.hint.start()
