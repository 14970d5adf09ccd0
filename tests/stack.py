"""The whole stack as real processes, like `make run`: the action server and the Rasa server
with Penny's channel, on free loopback ports, against a store of the test's choosing."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from bot.web.tokens import issue

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "penny.tar.gz"
SECRET = "stack-test-secret-" + "z" * 40
ACTION_SECRET = "stack-action-secret-" + "q" * 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def require_model() -> None:
    if not MODEL.exists():
        if os.environ.get("CI"):
            pytest.fail("models/penny.tar.gz is missing: `make test` trains it first")
        pytest.skip("no trained model: run `make train`")


def wait_for(url: str, process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server for {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return  # 200: up, and for Rasa, with its model loaded
        except OSError:  # HTTPError (503 while the model loads) included
            time.sleep(0.5)
    raise TimeoutError(url)


class Stack:
    def __init__(
        self,
        workdir: Path,
        database_url: str,
        today: str,
        extra_env: dict[str, str] | None = None,
        api_token: str | None = None,
    ) -> None:
        self.workdir = workdir
        self.env = {
            **os.environ,
            "PENNY_DATABASE_URL": database_url,
            "PENNY_TODAY": today,
            "PENNY_JWT_SECRET": SECRET,
            "PENNY_DEMO_MODE": "1",
            "PENNY_ACTION_SECRET": ACTION_SECRET,
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "RASA_TELEMETRY_ENABLED": "false",
            **(extra_env or {}),
        }
        self.env.pop("PENNY_SUGGESTIONS_MODE", None)
        self.api_token = api_token
        self.processes: list[subprocess.Popen[bytes]] = []
        self.rasa_port = self.action_port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def start(self, actions: bool = True) -> None:
        self.action_port, self.rasa_port = free_port(), free_port()
        endpoints = self.workdir / "endpoints.yml"
        endpoints.write_text(
            f'action_endpoint:\n  url: "http://127.0.0.1:{self.action_port}/webhook"\n'
            '  headers:\n    X-Penny-Action-Secret: ${PENNY_ACTION_SECRET}\n'
        )
        log = (self.workdir / "servers.log").open("ab")
        if actions:
            self.start_actions(log)
        api = ["--enable-api", "--auth-token", self.api_token] if self.api_token else []
        origins = [o for o in self.env.get("PENNY_CORS_ORIGINS", "").split(",") if o]
        cors = ["--cors", *origins] if origins else []
        rasa = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "rasa",
                "run",
                "--model",
                str(MODEL),
                "-i",
                "127.0.0.1",
                "--port",
                str(self.rasa_port),
                "--endpoints",
                str(endpoints),
                "--credentials",
                str(ROOT / "credentials.yml"),
                *api,
                *cors,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        self.processes.append(rasa)
        wait_for(f"{self.base}/webhooks/penny/", rasa)

    def start_actions(self, log: Any = None) -> subprocess.Popen[bytes]:
        log = log or (self.workdir / "servers.log").open("ab")
        actions = subprocess.Popen(
            [sys.executable, "-m", "bot.action_server", "--port", str(self.action_port)],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=log,
        )
        self.processes.insert(0, actions)
        wait_for(f"http://127.0.0.1:{self.action_port}/health", actions)
        return actions

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(timeout=30)
        self.processes = []

    def token(self, subject: str, ttl: int = 600) -> str:
        return issue(subject, SECRET, ttl)

    def say(self, text: str, customer: str, language: str | None = None) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"message": text}
        if language:
            body["language"] = language
        request = urllib.request.Request(
            f"{self.base}/webhooks/penny/webhook",
            data=json.dumps(body).encode(),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {self.token(customer)}",
            },
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


def texts(replies: list[dict[str, Any]]) -> str:
    return " ".join(r.get("text") or "" for r in replies)


def cards(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "suggestion_card"
    ]
