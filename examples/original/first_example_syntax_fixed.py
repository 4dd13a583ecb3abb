from multiprocessing import Process
import os
import time

def task(name):
    print("Starting child process with id: ".format(os.getpid()))
    print("Parent process: ".format(os.getppid()))
    print("Task start: just sleeps 5 seconds ...")
    time.sleep(5)
    print("Task done")
    
if __name__ == "__main__":
    print("In parent process, id: ".format(os.getpid()))
    p = Process(target=task, args=('firstone'))
    p.start()
    print("In parent process, after child process start")
    print("parent process about to join child process")
    p.join()
    print("In parent process, after child process join")
    print("parent process exiting with id ".format(os.getpid()))
    print("the parent's parent process: ".format(os.getppid()))
    
